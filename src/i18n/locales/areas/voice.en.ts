import type { voiceDa } from './voice.da';

/** English strings of the voice recorder and voice notes, typed against the Danish source. */
export const voiceEn: typeof voiceDa = {
  recorder: {
    label: 'Record with your voice',
    record: 'Record',
    stop: 'Stop',
    recordAgain: 'Record again',
    save: 'Save',
    cancel: 'Cancel',
    level: 'Sound level',
    time: 'Time',
    asking: 'Allow the microphone to be used …',
    recording: 'Recording. Press Stop when you are done.',
    stopped: 'The recording has stopped. It lasts {{time}}.',
    limitReached:
      'The recording stopped by itself after {{limit}}. That is as long as a voice note can be.',
    listen: 'Listen to your recording',
    limitMinutes_one: '{{count}} minute',
    limitMinutes_other: '{{count}} minutes',
    saving: 'Saving …',
    saved: 'The voice note is saved.',
    saveFailed: 'The voice note was not saved. {{reason}}',
    notClean:
      'Livsbog could not remove the browser’s name from the recording. Record again, or use another browser.',
    problems: {
      denied:
        'The microphone may not be used. Allow it in the browser’s settings for this site and try again.',
      noMicrophone: 'There is no microphone. Plug one in or use another device.',
      busy: 'Another program is using the microphone. Close it and try again.',
      unsupported: 'This browser cannot record sound. Try a newer browser.',
      failed: 'The recording stopped working. Nothing was saved. Try again.',
      empty: 'No sound came through. Try again.',
      tooBig: 'The recording is too big to save. Try a shorter one.',
      unknownType: 'The recording came in a format the book cannot store. Try another browser.',
    },
  },
  note: {
    title: 'Voice memory from {{when}}',
    play: 'Voice note, {{time}}',
    damaged: 'The voice note cannot be opened.',
    needsReload: 'Reload the page to hear the voice note.',
  },
  road: {
    tell: 'Tell it with your voice',
    heading: 'Tell a memory with your voice',
    intro: 'Press the big button and tell. You do not need to write anything.',
    back: 'Back',
  },
  meNow: {
    answer: 'Answer with your voice',
    answered: 'Your answer in your own voice',
    remove: 'Remove the voice answer',
  },
  attach: {
    add: 'Add a voice note',
    heading: 'Voice notes',
  },
};
