/**
 * The length written into a live WebM (as MediaRecorder makes it), checked by ffprobe, an
 * independent parser: before, it finds no duration; after, the one written, and the sound is
 * still decoded to the end.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { withTempDir } from '@/testing/media-tools';

import { webmWithDuration, withWebmDuration } from './voice-recorder-webm';

const tools = existsSync('/usr/bin/ffmpeg') && existsSync('/usr/bin/ffprobe');
const dir = withTempDir('livsbog-voice-');

/** The top-level element at `pos`: its id's and size's lengths and its end. */
function top(bytes: Uint8Array, pos: number) {
  const idLen = Math.clz32(bytes[pos] ?? 0) - 23;
  const first = bytes[pos + idLen] ?? 0;
  const sizeLen = Math.clz32(first) - 23;
  let size = first & (0xff >> sizeLen);
  for (let i = 1; i < sizeLen; i += 1) size = size * 256 + (bytes[pos + idLen + i] ?? 0);
  return { id: bytes.subarray(pos, pos + idLen), end: pos + idLen + sizeLen + size };
}

/**
 * A WebM laid out as Chrome's MediaRecorder writes it: ffmpeg's live WebM (Segment of unknown
 * size, no Duration, no Cues) without its SeekHead and the Void after it, which Chrome does not
 * write either.
 */
function chromeLikeWebm(seconds: number): Uint8Array {
  const path = join(dir(), `live-${seconds}.webm`);
  execFileSync('/usr/bin/ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`, '-c:a', 'libopus', '-f', 'webm', '-live', '1', '-y', path]); // prettier-ignore
  const bytes = new Uint8Array(readFileSync(path));
  const ebmlEnd = top(bytes, 0).end;
  const segmentBody = ebmlEnd + 4 + 8;
  let pos = segmentBody;
  const drop = (id: number[]) => top(bytes, pos).id.every((b, i) => b === id[i]);
  while (drop([0x11, 0x4d, 0x9b, 0x74]) || drop([0xec])) pos = top(bytes, pos).end;
  return new Uint8Array([...bytes.subarray(0, segmentBody), ...bytes.subarray(pos)]);
}

function probeDuration(bytes: Uint8Array, name: string): string {
  const path = join(dir(), name);
  writeFileSync(path, bytes);
  return execFileSync('/usr/bin/ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', path], { encoding: 'utf8' }).trim(); // prettier-ignore
}

describe.skipIf(!tools)('the length written into a recorded WebM', () => {
  it('gives a live recording its length, which ffprobe then reads', async () => {
    const live = chromeLikeWebm(2);
    expect(probeDuration(live, 'before.webm')).toBe('N/A');

    const fixed = await withWebmDuration(
      new Blob([new Uint8Array(live)], { type: 'audio/webm' }),
      2000,
    );
    const bytes = new Uint8Array(await fixed.arrayBuffer());
    expect(fixed.type).toBe('audio/webm');
    expect(Number(probeDuration(bytes, 'after.webm'))).toBeCloseTo(2, 2);
    // Every sound packet is still there and decodes.
    execFileSync('/usr/bin/ffmpeg', ['-v', 'error', '-xerror', '-i', join(dir(), 'after.webm'), '-f', 'null', '-']); // prettier-ignore
    expect(bytes.length).toBe(live.length + 7 + 11);
  });

  it('leaves a file with a SeekHead, a length already, or no WebM at all as it was', async () => {
    const path = join(dir(), 'seekhead.webm');
    execFileSync('/usr/bin/ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=duration=1', '-c:a', 'libopus', '-f', 'webm', '-live', '1', '-y', path]); // prettier-ignore
    const withSeekHead = new Uint8Array(readFileSync(path));
    expect(webmWithDuration(withSeekHead, 1000)).toBeUndefined();

    const once = webmWithDuration(chromeLikeWebm(1), 1000);
    expect(once).toBeDefined();
    expect(webmWithDuration(once?.head ?? new Uint8Array(), 1000)).toBeUndefined();

    const notWebm = new Blob([new TextEncoder().encode('OggS and more')]);
    expect(await withWebmDuration(notWebm, 1000)).toBe(notWebm);
    expect(webmWithDuration(new Uint8Array([0x1a, 0x45]), 1000)).toBeUndefined();
  });
});
