// @vitest-environment node
import { sampleBook } from '@/testing/pack-fixtures';
import { selectForExport, withoutPhotos } from './select';

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();

describe('selectForExport', () => {
  it('leaves out only-me entries, protected places, hidden photos and their private photos', async () => {
    const { data } = await sampleBook();
    const { data: out, leftOut } = selectForExport(data);
    expect(leftOut).toEqual({ onlyMe: 1, protectedPlaces: 1, hiddenPhotos: 1, onlyMePhotos: 1 });
    expect(ids(out.entries)).not.toContain('e_secret');
    expect(ids(out.photos)).toEqual(['ph_beach', 'ph_me', 'ph_mormor']);
    const foster = out.entries.find((e) => e.id === 'e_foster');
    expect(foster).toBeDefined();
    expect(foster).not.toHaveProperty('place');
    expect(foster?.protected).toBe(true);
    // An unprotected home keeps its place.
    expect(out.entries.find((e) => e.id === 'e_birth')?.place).toBe('Odense');
  });

  it('includes everything chosen on the review screen', async () => {
    const { data } = await sampleBook();
    const { data: out, leftOut } = selectForExport(data, {
      includeOnlyMe: true,
      includeProtectedPlaces: true,
      includeHiddenPhotos: true,
    });
    expect(leftOut).toEqual({ onlyMe: 0, protectedPlaces: 0, hiddenPhotos: 0, onlyMePhotos: 0 });
    expect(ids(out.entries)).toContain('e_secret');
    expect(out.entries.find((e) => e.id === 'e_foster')?.place).toBe('Hemmelig vej 1');
    expect(out.photos).toHaveLength(5);
  });

  it('never exports binned records, and prunes every reference to what is not exported', async () => {
    const { data } = await sampleBook();
    data.people.push({ ...data.people[0]!, id: 'p_binned', deletedAt: '2026-01-01T00:00:00.000Z' });
    data.entries[0]!.personIds.push('p_binned', 'p_never_existed');
    data.photos[0]!.entryIds.push('e_secret', 'e_binned');
    data.people[0]!.links.push({ type: 'sibling-of', personId: 'p_binned' });
    data.book.details.meNow.photoId = 'ph_hidden';
    const { data: out } = selectForExport(data);
    expect(ids(out.entries)).not.toContain('e_binned');
    expect(ids(out.people)).not.toContain('p_binned');
    expect(out.entries[0]!.personIds).toEqual([]);
    expect(out.photos.find((p) => p.id === 'ph_beach')?.entryIds).toEqual(['e_beach']);
    expect(out.people[0]!.links).toEqual([]);
    expect(out.book.details.meNow).not.toHaveProperty('photoId');
    // The snapshot named someone who is gone.
    expect(out.snapshots[0]!.people.map((p) => p.personId)).toEqual(['p_mormor']);
    // Links to the child herself stay.
    expect(out.people.find((p) => p.id === 'p_lise')?.links).toHaveLength(1);
  });

  it('keeps a private-entry photo that something kept still uses', async () => {
    const { data } = await sampleBook();
    data.people[0]!.portraitPhotoId = 'ph_secret';
    const { data: out, leftOut } = selectForExport(data);
    expect(ids(out.photos)).toContain('ph_secret');
    expect(out.photos.find((p) => p.id === 'ph_secret')?.entryIds).toEqual([]);
    expect(leftOut.onlyMePhotos).toBe(0);
  });

  it('does not change its input', async () => {
    const { data } = await sampleBook();
    const before = structuredClone(data);
    selectForExport(data);
    expect(data).toEqual(before);
  });
});

test('withoutPhotos removes the photos and every reference to them', async () => {
  const { data } = await sampleBook();
  const out = withoutPhotos(data, new Set(['ph_beach', 'ph_mormor', 'ph_me']));
  expect(ids(out.photos)).toEqual(['ph_hidden', 'ph_secret']);
  expect(out.entries.find((e) => e.id === 'e_beach')?.photoIds).toEqual([]);
  expect(out.people.find((p) => p.id === 'p_mormor')).not.toHaveProperty('portraitPhotoId');
  expect(out.book.details.meNow).not.toHaveProperty('photoId');
});
