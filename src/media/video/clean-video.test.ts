/**
 * The cleaner on real-shaped movies: ffmpeg makes a short MP4 and MOV, exiftool writes the place
 * and the phone into them the ways phones do (QuickTime keys, user data, XMP), and then exiftool
 * (an independent parser) must find none of it in the cleaned file, while ffprobe sees the same
 * streams and duration and ffmpeg decodes every frame without an error. Skipped where ffmpeg or
 * exiftool is missing (CI installs both: Debian packages ffmpeg and libimage-exiftool-perl).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

import { cleanVideo, isVideoFile } from './clean-video';
import { VideoFormatError } from './video-errors';

const dir = withTempDir('livsbog-video-');

/** A 1 s test picture with a tone (and, for `subtitles`, a text track of GPS lines). */
function makeMovie(name: string, opts: { subtitles?: boolean; flags?: string[] } = {}): string {
  const out = join(dir(), name);
  const args = [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc=duration=1:size=160x120:rate=10',
  ];
  args.push('-f', 'lavfi', '-i', 'sine=duration=1');
  if (opts.subtitles) {
    const srt = join(dir(), 'gps.srt');
    writeFileSync(srt, '1\n00:00:00,000 --> 00:00:01,000\nGPS 55.676100 12.568300 LATLON\n');
    args.push('-i', srt);
  }
  args.push('-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest');
  if (opts.subtitles) args.push('-c:s', 'mov_text');
  if (opts.flags) args.push(...opts.flags);
  runTool('/usr/bin/ffmpeg', [...args, out]);
  // The place and the phone, the ways iPhones and cameras write them.
  runTool('/usr/bin/exiftool', [
    '-q', '-overwrite_original',
    '-Keys:GPSCoordinates=55.6761, 12.5683, 10', '-UserData:GPSCoordinates=55.6761, 12.5683, 10',
    '-XMP:GPSLatitude=55.6761', '-XMP:GPSLongitude=12.5683', '-XMP:Make=Apple',
    '-Keys:Make=Apple', '-Keys:Model=iPhone 15 Pro', '-Keys:Software=17.1',
    '-UserData:Make=Apple', '-UserData:Model=iPhone 15 Pro', '-UserData:SerialNumber=SN998877',
    '-Keys:LocationName=Vestergade 5', out,
  ]); // prettier-ignore
  return out;
}

const clean = (path: string) => cleanBeside(cleanVideo, path);

const IDENTIFYING = /gps|location|make|model|serial|software|xmp|coordinates|userdata|keys/i;

function identifying(path: string): string[] {
  return Object.keys(exifTags(path)).filter((k) => IDENTIFYING.test(k) && !k.startsWith('System:'));
}

function probe(path: string) {
  const json = runTool('/usr/bin/ffprobe', ['-v', 'error', '-count_frames', '-show_streams', '-show_format', '-of', 'json', path]); // prettier-ignore
  const p = JSON.parse(json) as {
    streams: {
      codec_name: string;
      codec_type: string;
      nb_read_frames?: string;
      duration?: string;
    }[];
    format: { duration: string };
  };
  return {
    streams: p.streams
      .filter((s) => s.codec_type === 'video' || s.codec_type === 'audio')
      .map((s) => [s.codec_type, s.codec_name, s.nb_read_frames, s.duration]),
    duration: p.format.duration,
  };
}

// Each test runs ffmpeg, exiftool and ffprobe several times: seconds each on a loaded machine.
describe.skipIf(!tools)(
  'cleanVideo on ffmpeg-made movies with a place written by exiftool',
  { timeout: 90_000 },
  () => {
    it.each([
      ['MP4', 'phone.mp4', 'video/mp4'],
      ['QuickTime', 'phone.mov', 'video/quicktime'],
    ])(
      'removes every place and device tag from a %s, keeping the streams',
      async (_, name, mime) => {
        const src = makeMovie(name);
        expect(identifying(src).length).toBeGreaterThan(8); // the oracle sees what was written
        const cleaned = await clean(src);
        expect(cleaned.mime).toBe(mime);
        expect(identifying(cleaned.out)).toEqual([]);
        const bytes = readFileSync(cleaned.out);
        expect(bytes.length).toBe(readFileSync(src).length); // nothing moved
        expectNoneOf(bytes, [
          'iPhone',
          'Apple',
          'SN998877',
          '55.6761',
          'Vestergade',
          'Lavf',
          'appl',
        ]);
        expect(probe(cleaned.out)).toEqual(probe(src));
        expect(decodeErrors(cleaned.out)).toBe('');
        expect(cleaned.durationMs).toBeGreaterThan(900);
        expect(cleaned.durationMs).toBeLessThan(1100);
      },
    );

    it('zeroes a text track that carries GPS lines and drops the track', async () => {
      const src = makeMovie('drone.mp4', { subtitles: true });
      expect(readFileSync(src).includes(Buffer.from('LATLON'))).toBe(true);
      const cleaned = await clean(src);
      const bytes = readFileSync(cleaned.out);
      expect(bytes.includes(Buffer.from('LATLON'))).toBe(false);
      expect(bytes.includes(Buffer.from('55.676100'))).toBe(false);
      expect(identifying(cleaned.out)).toEqual([]);
      expect(probe(cleaned.out)).toEqual(probe(src));
      expect(decodeErrors(cleaned.out)).toBe('');
    });

    it('cleans a movie whose index comes first (faststart) as well as one whose index is last', async () => {
      const src = makeMovie('fast.mp4', { flags: ['-movflags', '+faststart'] });
      const cleaned = await clean(src);
      expect(identifying(cleaned.out)).toEqual([]);
      expect(probe(cleaned.out)).toEqual(probe(src));
      expect(decodeErrors(cleaned.out)).toBe('');
    });

    it('refuses what it cannot clean safely, each with its reason', async () => {
      const reason = (bytes: Uint8Array | string) =>
        cleanVideo(new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)])).then(
          () => 'cleaned',
          (e: unknown) => (e instanceof VideoFormatError ? e.reason : String(e)),
        );
      const file = (name: string, args: string[]) => testFilm(join(dir(), name), args);
      // A fragmented MP4 with a GPS text track: its samples lie in every fragment.
      const gpsSrt = join(dir(), 'frag.srt');
      writeFileSync(gpsSrt, '1\n00:00:00,000 --> 00:00:01,000\nGPS 55.676100 12.568300\n');
      const frag = file('frag-subs.mp4', ['-i', gpsSrt, '-c:s', 'mov_text', '-movflags', 'frag_keyframe+empty_moov']); // prettier-ignore
      expect(await reason(frag)).toBe('fragmented');
      expect(await reason(file('clip.mkv', []))).toBe('unsupported-type');
      // A WebM subtitle track's text lies in the clusters, which are never rewritten.
      const vtt = join(dir(), 'gps.vtt');
      writeFileSync(vtt, 'WEBVTT\n\n00:00.000 --> 00:01.000\nGPS 55.676100 12.568300\n');
      const subtitled = file('subs.webm', ['-i', vtt, '-c:v', 'libvpx', '-c:s', 'webvtt']);
      expect(await reason(subtitled)).toBe('cannot-clean');
      const whole = readFileSync(makeMovie('cut.mp4'));
      expect(await reason(whole.subarray(0, whole.length - 100))).toBe('truncated');
      runTool('/usr/bin/ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=duration=1', join(dir(), 'tone.m4a')]); // prettier-ignore
      expect(await reason(readFileSync(join(dir(), 'tone.m4a')))).toBe('not-a-video');
      expect(await reason('')).toBe('empty');
      expect(await reason('just some text, not a film')).toBe('not-a-video');
      expect(await reason(whole)).toBe('cleaned');
    });

    it.each([
      ['a file', []],
      ['a live recording (sizes unknown, written to a pipe)', ['-f', 'webm', 'pipe:1']],
    ])('removes tags, title, app and track names from a WebM: %s', async (_, pipe) => {
      const src = join(dir(), `clip-${pipe.length}.webm`);
      const args = ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=duration=1:size=96x64:rate=10', '-f', 'lavfi', '-i', 'sine=duration=1', '-c:v', 'libvpx', '-b:v', '200k', '-c:a', 'libopus', '-shortest', '-metadata', 'title=Vestergade 5', '-metadata', 'location=+55.6761+012.5683/', '-metadata', 'make=Apple', '-metadata', 'comment=SN998877', '-metadata:s:v:0', 'title=iPhone track']; // prettier-ignore
      if (pipe.length > 0) writeFileSync(src, execFileSync('/usr/bin/ffmpeg', [...args, ...pipe]));
      else runTool('/usr/bin/ffmpeg', [...args, src]);
      const cleaned = await clean(src);
      expect(cleaned.mime).toBe('video/webm');
      const bytes = readFileSync(cleaned.out);
      expect(bytes.length).toBe(readFileSync(src).length);
      const words = ['Vestergade', '55.6761', 'Apple', 'SN998877', 'iPhone', 'Lavf', 'Lavc'];
      expectNoneOf(bytes, words);
      expectNoneOf(JSON.stringify(exifTags(cleaned.out)), words);
      expect(probe(cleaned.out)).toEqual(probe(src));
      expect(decodeErrors(cleaned.out)).toBe('');
    });

    it('reports the size as shown of a phone video stored turned', async () => {
      const src = makeMovie('turned.mp4');
      runTool('/usr/bin/exiftool', ['-q', '-overwrite_original', '-Rotation=90', src]);
      const cleaned = await clean(src);
      expect(cleaned).toMatchObject({ width: 120, height: 160 });
      expect(exifTags(cleaned.out)['Composite:Rotation']).toBe(90); // the turn itself stays
    });

    it('cleans a fragmented MP4 (moof after moof) with Apple location keys', async () => {
      const src = join(dir(), 'fragmented.mp4');
      runTool('/usr/bin/ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=duration=2:size=96x64:rate=10', '-f', 'lavfi', '-i', 'sine=duration=2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', '-g', '5', '-movflags', 'frag_keyframe+empty_moov+use_metadata_tags', '-metadata', 'com.apple.quicktime.location.ISO6709=+55.6761+012.5683/', '-metadata', 'com.apple.quicktime.model=iPhone 15 Pro', '-metadata', 'com.apple.quicktime.make=Apple', src]); // prettier-ignore
      expect(identifying(src).length).toBeGreaterThan(2);
      const cleaned = await clean(src);
      expect(identifying(cleaned.out)).toEqual([]);
      const bytes = readFileSync(cleaned.out);
      expectNoneOf(bytes, ['iPhone', 'Apple', '55.6761', 'Lavf']);
      expect(probe(cleaned.out)).toEqual(probe(src));
      expect(decodeErrors(cleaned.out)).toBe('');
    });

    it('is idempotent: a cleaned movie comes back byte for byte', async () => {
      await expectCleanedAgainSame(clean, makeMovie('again.mp4'));
    });
  },
);

describe('cleanVideo limits, without any tool', () => {
  it('refuses an empty file and one over the video limit before reading it', async () => {
    const huge = { size: MEDIA_LIMITS.videoBytes + 1 } as Blob; // never read
    await expect(cleanVideo(huge)).rejects.toMatchObject({ reason: 'too-large' });
    await expect(cleanVideo(new Blob([]))).rejects.toMatchObject({ reason: 'empty' });
  });
});

describe('isVideoFile', () => {
  it('knows a video by its bytes, whatever it is called', async () => {
    const ftyp = [0, 0, 0, 16, ...Buffer.from('ftypqt  '), 0, 0, 0, 0];
    expect(await isVideoFile(new File([new Uint8Array(ftyp)], 'photo.jpg'))).toBe(true);
    expect(await isVideoFile(new File(['%PDF-1.7'], 'film.mp4'))).toBe(false);
  });
});
