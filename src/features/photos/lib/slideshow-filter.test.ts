import { makeEntry, makePerson } from '@/testing/factories';

import { slideshowChoices, slideshowPhotos, voiceNotesByPhoto } from './slideshow-filter';
import { makePhotoRecord } from './test-photos';

describe('slideshow photos', () => {
  const mum = makePerson('book', { name: 'Mor' });
  const hard = makePerson('book', { name: 'Svær', hideInSlideshows: true });
  const beach = makePhotoRecord({
    takenAt: { year: 2015 },
    personIds: [mum.id],
    caption: 'Stranden',
  });
  const withHard = makePhotoRecord({ takenAt: { year: 2015 }, personIds: [mum.id, hard.id] });
  const hidden = makePhotoRecord({ takenAt: { year: 2016 }, hidden: true });
  const school = makePhotoRecord({ takenAt: { year: 2017 } });
  const home = makeEntry('book', { kind: 'home', title: 'Hos Mor', photoIds: [beach.id] });
  const club = makeEntry('book', { kind: 'leisure', title: 'Klubben', photoIds: [] });
  const photos = [beach, withHard, hidden, school];
  const people = [mum, hard];
  const entries = [home, club];

  it('never shows hidden photos or photos with people kept out of slideshows', () => {
    expect(slideshowPhotos(photos, people, entries, {})).toEqual([beach, school]);
  });

  it('filters by year, person and place (an entry), and by all at once', () => {
    expect(slideshowPhotos(photos, people, entries, { year: 2017 })).toEqual([school]);
    expect(slideshowPhotos(photos, people, entries, { personId: mum.id })).toEqual([beach]);
    expect(slideshowPhotos(photos, people, entries, { entryId: home.id })).toEqual([beach]);
    expect(slideshowPhotos(photos, people, entries, { year: 2017, personId: mum.id })).toEqual([]);
    expect(slideshowPhotos(photos, people, entries, { personId: hard.id })).toEqual([]);
  });

  it('offers only choices that show something, and never an unshown person', () => {
    const choices = slideshowChoices(photos, people, entries);
    expect(choices.years).toEqual([2015, 2017]);
    expect(choices.people.map((p) => p.name)).toEqual(['Mor']);
    expect(choices.places.map((e) => e.title)).toEqual(['Hos Mor']);
  });

  it('also finds a place through the photo’s own entry links', () => {
    const linked = makePhotoRecord({ entryIds: [club.id] });
    expect(slideshowPhotos([linked], people, entries, { entryId: club.id })).toEqual([linked]);
  });

  it('shows drawings as slides, never sound, videos or papers', () => {
    const drawing = makePhotoRecord({ kind: 'drawing', takenAt: { year: 2017 } });
    const others = (['voice', 'video', 'paper'] as const).map((kind) =>
      makePhotoRecord({ kind, takenAt: { year: 2017 } }),
    );
    const all = [...photos, drawing, ...others];
    expect(slideshowPhotos(all, people, entries, { year: 2017 })).toEqual([school, drawing]);
    expect(slideshowChoices(others, people, entries).years).toEqual([]);
  });

  it('finds the voice note of a slide, but never a hidden one or one with an unshown person', () => {
    const voice = makePhotoRecord({ kind: 'voice', photoIds: [beach.id, school.id] });
    const second = makePhotoRecord({ kind: 'voice', photoIds: [school.id] });
    const hiddenVoice = makePhotoRecord({ kind: 'voice', photoIds: [withHard.id], hidden: true });
    const hardVoice = makePhotoRecord({
      kind: 'voice',
      photoIds: [hidden.id],
      personIds: [hard.id],
    });
    const notes = voiceNotesByPhoto([...photos, voice, second, hiddenVoice, hardVoice], people);
    expect([...notes]).toEqual([
      [beach.id, voice],
      [school.id, voice],
    ]);
  });
});
