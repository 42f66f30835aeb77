import type { packMediaDa } from './pack-media.da';

/**
 * English strings of a moving pack's photos, drawings, voice notes, videos and papers: how many of
 * each, those left out, and a pack too big for the device.
 */
export const packMediaEn: typeof packMediaDa = {
  counts: {
    drawings_one: '{{count}} drawing',
    drawings_other: '{{count}} drawings',
    voices_one: '{{count}} voice recording',
    voices_other: '{{count}} voice recordings',
    videos_one: '{{count}} video',
    videos_other: '{{count}} videos',
    papers_one: '{{count}} paper',
    papers_other: '{{count}} papers',
  },
  voiceFailure: {
    'too-large': 'The voice recording is too large (over 50 MB).',
    'too-long': 'The voice recording is longer than 10 minutes.',
    empty: 'The voice recording is empty.',
    'not-a-video':
      'The file is not a voice recording Livsbog can keep (it has pictures or no sound).',
    'unsupported-type': 'The voice recording is in a format Livsbog cannot keep.',
    truncated: 'The voice recording is cut off or incomplete.',
    corrupt: 'The voice recording is damaged.',
    fragmented: 'The voice recording has extra tracks Livsbog cannot remove.',
    'cannot-clean':
      'Livsbog could not remove what the voice recording says about the device and place.',
    unknown: 'Something went wrong with this voice recording.',
  },
  refused: {
    heading_one: '{{count}} file will not come along',
    heading_other: '{{count}} files will not come along',
    explain:
      'Livsbog checks every photo, drawing, sound, video and paper, as when you bring them in. These could not be used, so they are not saved. Everything else comes along.',
    line: '{{file}}: {{reason}}',
  },
  notEnoughSpace:
    'There is not enough space on this device for the moving pack. It needs about {{needed}} of free space while it is brought in, and {{free}} is free. Make some room and try again.',
};
