/**
 * The voice cleaner on real-shaped recordings: what Chrome's MediaRecorder hands over (WebM and
 * fragmented MP4, recorded from Chromium's fake microphone and kept as fixtures), an AAC MP4 as
 * Safari records it (made by ffmpeg, with a phone's tags written by exiftool) and an Opus WebM
 * with a title and a date. Afterwards exiftool (an independent parser) finds no app, device,
 * date or place, ffprobe sees the same sound and length, and ffmpeg decodes it without an error.
 * Skipped where ffmpeg or exiftool is missing (CI installs both).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { MEDIA_LIMITS } from '@/domain';
import {
  cleanBeside,
  decodeErrors,
  exifTags,
  expectCleanedAgainSame,
  expectNoneOf,
  runTool,
  testFilm,
  videoToolsThere as tools,
  withTempDir,
} from '@/testing/media-tools';

import { cleanVideo, cleanVoice } from './clean-video';
import { VideoFormatError } from './video-errors';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../testing/fixtures', name));
const dir = withTempDir('livsbog-voice-');

function ffmpeg(name: string, args: string[]): string {
  const out = join(dir(), name);
  runTool('/usr/bin/ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=duration=1', ...args, out]); // prettier-ignore
  return out;
}

const clean = (path: string) => cleanBeside(cleanVoice, path);

/** Every tag exiftool finds, by group, but the file system's and exiftool's own. */
function tags(path: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(exifTags(path)).filter(([k]) => !/^(System|ExifTool|File|SourceFile)/.test(k)),
  );
}

const IDENTIFYING =
  /gps|location|make|model|serial|software|xmp|coordinates|userdata|keys|muxingapp|writingapp|title|datetime|encoder/i;

function identifying(path: string): string[] {
  const found = tags(path);
  return Object.keys(found).filter((k) => IDENTIFYING.test(k) && found[k] !== '');
}

function probe(path: string) {
  const json = runTool('/usr/bin/ffprobe', ['-v', 'error', '-count_frames', '-show_streams', '-show_format', '-of', 'json', path]); // prettier-ignore
  const p = JSON.parse(json) as {
    streams: { codec_type: string; codec_name: string; nb_read_frames?: string }[];
    format: { duration?: string };
  };
  return {
    streams: p.streams.map((s) => [s.codec_type, s.codec_name, s.nb_read_frames]),
    duration: p.format.duration,
  };
}

function expectSameSound(src: string, out: string) {
  expect(readFileSync(out).length).toBe(readFileSync(src).length); // nothing moved
  const before = probe(src);
  expect(before.streams).toEqual([['audio', expect.any(String), expect.any(String)]]);
  expect(probe(out)).toEqual(before);
  expect(decodeErrors(out)).toBe('');
}

describe.skipIf(!tools)(
  'cleanVoice on recordings as browsers make them',
  { timeout: 90_000 },
  () => {
    it.each([
      ['WebM (Opus)', 'voice-chrome.webm', 'audio/webm'],
      ['fragmented MP4 (Opus)', 'voice-chrome.m4a', 'audio/mp4'],
    ])("removes Chrome's name from its %s recording, keeping the sound", async (_, name, mime) => {
      const src = join(dir(), name);
      writeFileSync(src, fixture(name));
      const before = JSON.stringify(tags(src));
      if (mime === 'audio/webm') expect(before).toContain('Chrome'); // the oracle sees it
      const cleaned = await clean(src);
      expect(cleaned).toMatchObject({ mime, type: mime });
      expect(readFileSync(cleaned.out).includes(Buffer.from('Chrome'))).toBe(false);
      expect(JSON.stringify(tags(cleaned.out))).not.toContain('Chrome');
      expect(identifying(cleaned.out)).toEqual([]);
      expectSameSound(src, cleaned.out);
    });

    it('removes the title, date, apps and tags of an Opus WebM, keeping its length', async () => {
      const src = ffmpeg('told.webm', ['-c:a', 'libopus', '-metadata', 'title=Vestergade 5', '-metadata', 'creation_time=2024-05-01T10:00:00Z', '-metadata', 'location=+55.6761+012.5683/', '-metadata', 'comment=SN998877', '-metadata:s:a:0', 'title=iPhone mic']); // prettier-ignore
      expect(identifying(src).length).toBeGreaterThan(3);
      const cleaned = await clean(src);
      const bytes = readFileSync(cleaned.out);
      expectNoneOf(bytes, ['Vestergade', '55.6761', 'SN998877', 'iPhone', 'Lavf', 'Lavc']);
      expect(identifying(cleaned.out)).toEqual([]);
      const probed = runTool('/usr/bin/ffprobe', ['-v', 'error', '-show_entries', 'format_tags', '-of', 'json', cleaned.out]); // prettier-ignore
      const formatTags = (JSON.parse(probed) as { format: { tags?: Record<string, string> } })
        .format;
      expect(Object.values(formatTags.tags ?? {}).filter((v) => v !== '')).toEqual([]);
      expectSameSound(src, cleaned.out);
      expect(cleaned.durationMs).toBeGreaterThan(900);
      expect(cleaned.durationMs).toBeLessThan(1100);
    });

    it("removes the phone from an AAC MP4 as Safari records it, as an M4A brand's too", async () => {
      const apple = ['-metadata', 'com.apple.quicktime.location.ISO6709=+55.6761+012.5683/', '-metadata', 'com.apple.quicktime.model=iPhone 15 Pro', '-metadata', 'com.apple.quicktime.make=Apple']; // prettier-ignore
      for (const [name, flags] of [
        ['safari.mp4', ['-f', 'mp4']],
        ['memo.m4a', []],
        // Fragmented, as MediaRecorder writes it: exiftool cannot write these, ffmpeg can.
        ['safari-frag.mp4', ['-movflags', 'frag_keyframe+empty_moov+use_metadata_tags', ...apple]],
      ] as const) {
        const src = ffmpeg(name, ['-c:a', 'aac', ...flags]);
        if (!name.includes('frag')) {
          runTool('/usr/bin/exiftool', ['-q', '-overwrite_original', '-UserData:Make=Apple', '-UserData:Model=iPhone 15 Pro', '-UserData:Software=17.1', '-UserData:GPSCoordinates=55.6761, 12.5683, 10', '-XMP:Make=Apple', src]); // prettier-ignore
        }
        expect(identifying(src).length, name).toBeGreaterThan(2);
        const cleaned = await clean(src);
        expect(cleaned.mime).toBe('audio/mp4');
        expect(identifying(cleaned.out), name).toEqual([]);
        const bytes = readFileSync(cleaned.out);
        expectNoneOf(bytes, ['iPhone', 'Apple', '55.6761', 'Lavf'], name);
        expectSameSound(src, cleaned.out);
      }
    });

    it('refuses a film as a voice and a voice as a film, and keeps an Ogg as it is', async () => {
      const reason = (clean: (b: Blob) => Promise<unknown>, bytes: Uint8Array | string) =>
        clean(new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)])).then(
          () => 'cleaned',
          (e: unknown) => (e instanceof VideoFormatError ? e.reason : String(e)),
        );
      const film = (name: string, args: string[]) => testFilm(join(dir(), name), args);
      expect(await reason(cleanVoice, film('film.webm', ['-c:v', 'libvpx']))).toBe('not-a-video');
      expect(await reason(cleanVoice, film('film.mp4', ['-c:v', 'libx264']))).toBe('not-a-video');
      expect(await reason(cleanVideo, fixture('voice-chrome.webm'))).toBe('not-a-video');
      expect(await reason(cleanVideo, fixture('voice-chrome.m4a'))).toBe('not-a-video');
      expect(await reason(cleanVoice, '')).toBe('empty');
      expect(await reason(cleanVoice, 'RIFF1234WAVEfmt ')).toBe('not-a-video');
      const webm = fixture('voice-chrome.webm');
      expect(await reason(cleanVoice, webm.subarray(0, 200))).toBe('truncated');
      const ogg = readFileSync(ffmpeg('old.ogg', ['-c:a', 'libopus']));
      const kept = await cleanVoice(new Blob([ogg]));
      expect(kept.mime).toBe('audio/ogg');
      expect(Buffer.from(await kept.blob.arrayBuffer()).equals(ogg)).toBe(true);
    });

    it('is idempotent: a cleaned recording comes back byte for byte', async () => {
      const src = join(dir(), 'again.webm');
      writeFileSync(src, fixture('voice-chrome.webm'));
      await expectCleanedAgainSame(clean, src);
    });
  },
);

describe('cleanVoice limits, without any tool', () => {
  it('refuses one over the voice limit before reading it', async () => {
    const huge = { size: MEDIA_LIMITS.voiceBytes + 1 } as Blob; // never read
    await expect(cleanVoice(huge)).rejects.toMatchObject({ reason: 'too-large' });
  });
});
