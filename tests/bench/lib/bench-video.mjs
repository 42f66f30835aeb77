/**
 * A real MP4 of a given size for the video benchmarks, made once and cached under /tmp:
 * H.264 noise with AAC sound (noise, so it does not shrink to nothing), a few seconds encoded
 * once and then repeated by stream copy up to the size, with a place, a phone and a serial
 * written by exiftool the ways phones do, so the app's cleaner has boxes to remove.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const MB = 1024 * 1024;
const CACHE_DIR = path.join(os.tmpdir(), 'livsbog-bench-video');
/** Room under the size asked for: the moov and exiftool's boxes come after the size limit. */
const HEADROOM = MB;

const TAGS = [
  '-Keys:GPSCoordinates=55.6761, 12.5683, 10',
  '-UserData:GPSCoordinates=55.6761, 12.5683, 10',
  '-XMP:GPSLatitude=55.6761',
  '-XMP:GPSLongitude=12.5683',
  '-Keys:LocationName=Vestergade 5',
  '-Keys:Model=iPhone 15 Pro',
  '-UserData:SerialNumber=SN998877',
];

function run(tool, args) {
  execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function baseClip() {
  const file = path.join(CACHE_DIR, 'base-4s.mp4');
  if (existsSync(file)) return file;
  const partial = `${file}.partial.mp4`;
  // 640×360 noise at quantiser 12: about 27 MB in 4 s, encoded in a few seconds.
  run('/usr/bin/ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', "nullsrc=s=640x360:r=25:d=4,geq=lum='random(1)*255':cb=128:cr=128", '-f', 'lavfi', '-i', 'sine=duration=4', '-c:v', 'libx264', '-preset', 'ultrafast', '-qp', '12', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', partial]); // prettier-ignore
  await rename(partial, file);
  return file;
}

/**
 * The path of an MP4 of just under `megabytes` MiB (at most the app's 500 MB video limit when
 * asked for 500), made on first use.
 */
export async function benchVideo(megabytes) {
  for (const tool of ['/usr/bin/ffmpeg', '/usr/bin/exiftool']) {
    if (!existsSync(tool)) throw new Error(`${tool} is needed to make the benchmark's video`);
  }
  await mkdir(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `phone-video-${megabytes}mb.mp4`);
  if (existsSync(file)) return file;
  const base = await baseClip();
  const loops = Math.ceil((megabytes * MB) / (await stat(base)).size);
  const partial = `${file}.partial.mp4`;
  try {
    run('/usr/bin/ffmpeg', ['-v', 'error', '-y', '-stream_loop', String(loops), '-i', base, '-c', 'copy', '-fs', String(megabytes * MB - HEADROOM), partial]); // prettier-ignore
    run('/usr/bin/exiftool', ['-q', '-overwrite_original', ...TAGS, partial]);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return file;
}
