/**
 * Turns a checked pack into what the database commits: for a new book, everything (under new
 * ids when the device already holds any of them); for a merge, the plan's additions, with
 * links added to photos that were already there. Pure, so each rule has its own test.
 */
import type { BookData, MergePlan } from '@/pack';
import type { Photo } from '@/domain';

export interface CommitParts {
  entries: BookData['entries'];
  people: BookData['people'];
  snapshots: BookData['snapshots'];
  /** New photos, with the incoming photo id their bytes are stored under in the pack. */
  photos: { photo: Photo; sourceId: string }[];
  photoUpdates: Photo[];
}

export function newBookParts(data: BookData, sourceIds: ReadonlyMap<string, string>): CommitParts {
  return {
    entries: data.entries,
    people: data.people,
    snapshots: data.snapshots,
    photos: data.photos.map((photo) => ({ photo, sourceId: sourceIds.get(photo.id) ?? photo.id })),
    photoUpdates: [],
  };
}

export function mergeParts(existing: BookData, plan: MergePlan, now: string): CommitParts {
  const existingById = new Map(existing.photos.map((p) => [p.id, p]));
  const added = new Map(plan.photos.addNew.map((p) => [p.id, p]));
  const updates = new Map<string, Photo>();
  for (const dup of plan.photos.duplicateBySha) {
    const { entryIds, personIds } = dup.addLinks;
    if (entryIds.length === 0 && personIds.length === 0) continue;
    const base =
      updates.get(dup.existingId) ?? existingById.get(dup.existingId) ?? added.get(dup.existingId);
    if (!base) continue;
    const merged = {
      ...base,
      entryIds: [...new Set([...base.entryIds, ...entryIds])],
      personIds: [...new Set([...base.personIds, ...personIds])],
    };
    // A twin that is itself new in this import simply carries the extra links.
    if (added.has(base.id)) added.set(base.id, merged);
    else updates.set(base.id, { ...merged, updatedAt: now });
  }
  return {
    entries: plan.add.entries,
    people: plan.add.people,
    snapshots: plan.add.snapshots,
    photos: [...added.values()].map((photo) => ({ photo, sourceId: photo.id })),
    photoUpdates: [...updates.values()],
  };
}

export interface ImportSummary {
  added: { entries: number; people: number; photos: number; snapshots: number };
  /** Records that were already there exactly as in the pack. */
  same: number;
  /** Records the device and the pack hold differently: the device's version was kept. */
  differ: { kind: 'entries' | 'people' | 'snapshots' | 'photos'; id: string; fields: string[] }[];
  /** Photos that were already in the book (same picture by SHA-256). */
  duplicatePhotos: number;
}

export function summarise(parts: CommitParts, plan?: MergePlan): ImportSummary {
  const differ = plan
    ? (['entries', 'people', 'snapshots', 'photos'] as const).flatMap((kind) =>
        plan.differ[kind].map((d) => ({ kind, id: d.id, fields: d.fields })),
      )
    : [];
  const same = plan
    ? plan.same.entries.length +
      plan.same.people.length +
      plan.same.snapshots.length +
      plan.same.photos.length
    : 0;
  return {
    added: {
      entries: parts.entries.length,
      people: parts.people.length,
      photos: parts.photos.length,
      snapshots: parts.snapshots.length,
    },
    same,
    differ,
    duplicatePhotos: plan?.photos.duplicateBySha.length ?? 0,
  };
}
