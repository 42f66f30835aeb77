/**
 * Referential integrity of livsbog.json: ids unique, every record in this book, every id that
 * points somewhere points at a record that is there, every photo's file present. The reader
 * refuses a pack that fails; the writer checks its own output the same way before streaming.
 */
import { PackError } from './errors';
import { CHILD_LINK_ID } from './select';
import type { PackJson } from './types';

function uniqueIds(kind: string, records: readonly { id: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const r of records) {
    if (ids.has(r.id)) throw new PackError('duplicate-id', `${kind} ${r.id}`);
    ids.add(r.id);
  }
  return ids;
}

function need(set: ReadonlySet<string>, id: string, where: string): void {
  if (!set.has(id)) throw new PackError('bad-reference', `${where} → ${id}`);
}

/** @param files the media files present in the pack (`media/…`), or undefined to skip that check. */
export function checkReferences(json: PackJson, files?: ReadonlySet<string>): void {
  const bookId = json.book.id;
  const entries = uniqueIds('entry', json.entries);
  const people = uniqueIds('person', json.people);
  const photos = uniqueIds('photo', json.photos);
  uniqueIds('snapshot', json.snapshots);

  const all = [...json.entries, ...json.people, ...json.photos, ...json.snapshots];
  for (const r of all) {
    if (r.bookId !== bookId) throw new PackError('bad-reference', `${r.id}.bookId`);
  }
  for (const e of json.entries) {
    for (const id of e.personIds) need(people, id, `entry ${e.id}.personIds`);
    for (const id of e.photoIds) need(photos, id, `entry ${e.id}.photoIds`);
  }
  for (const p of json.people) {
    if (p.portraitPhotoId !== undefined) need(photos, p.portraitPhotoId, `person ${p.id}.portrait`);
    for (const l of p.links) {
      if (l.personId !== CHILD_LINK_ID) need(people, l.personId, `person ${p.id}.links`);
    }
  }
  const usedFiles = new Set<string>();
  for (const ph of json.photos) {
    for (const id of ph.personIds) need(people, id, `photo ${ph.id}.personIds`);
    for (const id of ph.entryIds) need(entries, id, `photo ${ph.id}.entryIds`);
    // A voice note plays with the photos it belongs to.
    for (const id of ph.photoIds ?? []) need(photos, id, `photo ${ph.id}.photoIds`);
    if (usedFiles.has(ph.file)) throw new PackError('bad-reference', `${ph.file} twice`);
    usedFiles.add(ph.file);
    if (files && !files.has(ph.file)) throw new PackError('bad-reference', ph.file);
  }
  if (files) {
    for (const f of files) if (!usedFiles.has(f)) throw new PackError('unexpected-file', f);
  }
  for (const s of json.snapshots) {
    for (const x of s.people) need(people, x.personId, `snapshot ${s.id}`);
  }
  const meNowPhoto = json.book.details.meNow.photoId;
  if (meNowPhoto !== undefined) need(photos, meNowPhoto, 'meNow.photoId');
  const kinds = new Map(json.photos.map((p) => [p.id, p.kind]));
  for (const [question, id] of Object.entries(json.book.details.meNow.voiceIds ?? {})) {
    need(photos, id, `meNow.voiceIds.${question}`);
    // An answer in the child's own voice is a voice note, never a photo standing in for one.
    if (kinds.get(id) !== 'voice')
      throw new PackError('bad-reference', `meNow.voiceIds.${question}`);
  }
}
