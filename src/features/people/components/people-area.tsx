import { Route, Routes } from 'react-router';

import '../people.css';

import { GenogramPage } from './genogram-page';
import { NetworkMapPage } from './network-map-page';
import { PeopleNotFound } from './not-found';
import { PeoplePage } from './people-page';
import { PersonFormPage } from './person-form-page';
import { PersonPage } from './person-page';
import { SnapshotPage } from './snapshot-page';

/** The people area of an open book (`/book/:bookId/people/*`). */
export function PeopleArea() {
  return (
    <div className="people-area">
      <Routes>
        <Route index element={<PeoplePage />} />
        <Route path="new" element={<PersonFormPage />} />
        <Route path="map" element={<NetworkMapPage />} />
        <Route path="map/:snapshotId" element={<SnapshotPage />} />
        <Route path="family" element={<GenogramPage />} />
        <Route path=":personId" element={<PersonPage />} />
        <Route path=":personId/edit" element={<PersonFormPage />} />
        <Route path="*" element={<PeopleNotFound />} />
      </Routes>
    </div>
  );
}
