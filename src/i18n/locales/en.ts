import { binEn } from './areas/bin.en';
import { bookDocumentEn } from './areas/book-document.en';
import { emptyEn } from './areas/empty.en';
import { guardsEn } from './areas/guards.en';
import { packEn } from './areas/pack.en';
import { packImportEn } from './areas/pack-import.en';
import { packImportStartEn } from './areas/pack-import-start.en';
import { layoutEn } from './areas/layout.en';
import { licencesEn } from './areas/licences.en';
import { licencesStartEn } from './areas/licences-start.en';
import { limitsEn } from './areas/limits.en';
import { packMediaEn } from './areas/pack-media.en';
import { coverEn } from './areas/cover.en';
import { datesEn } from './areas/dates.en';
import { peopleEn } from './areas/people.en';
import { photosEn } from './areas/photos.en';
import { galleryEn } from './areas/gallery.en';
import { photoBinEn } from './areas/photo-bin.en';
import { pictureKeyboardEn } from './areas/picture-keyboard.en';
import { meNowPicturesEn } from './areas/me-now-pictures.en';
import { readMeEn } from './areas/read-me.en';
import { roadEn } from './areas/road.en';
import { secretEn } from './areas/secret.en';
import { timelineEn } from './areas/timeline.en';
import { voiceEn } from './areas/voice.en';
import { videoEn } from './areas/video.en';
import { drawingEn } from './areas/drawing.en';
import { papersEn } from './areas/papers.en';

import type { Resources } from './da';

/** English: typed against the Danish source, so a missing string fails the typecheck. */
export const en: Resources = {
  ...datesEn,
  timeline: timelineEn,
  bookDocument: bookDocumentEn,
  road: roadEn,
  voice: voiceEn,
  video: videoEn,
  drawing: drawingEn,
  papers: papersEn,
  empty: emptyEn,
  photos: photosEn,
  gallery: galleryEn,
  photoBin: photoBinEn,
  bin: binEn,
  people: peopleEn,
  pack: packEn,
  guards: guardsEn,
  packImport: { ...packImportStartEn, ...packImportEn },
  limits: limitsEn,
  licences: { ...licencesStartEn, ...licencesEn },
  pictureKeyboard: pictureKeyboardEn,
  meNowPictures: meNowPicturesEn,
  layout: layoutEn,
  secret: secretEn,
  packMedia: packMediaEn,
  bookCover: coverEn,
  readMe: readMeEn,
  app: {
    name: 'Livsbog',
    skipToContent: 'Skip to content',
    loading: 'Just a moment …',
    updateAvailable: 'A new version of Livsbog is ready.',
    updateNow: 'Update now',
    later: 'Later',
    offlineReady: 'Livsbog now works without the internet too.',
    replacedUnsaved:
      'Livsbog was updated in another window. What you have not saved yet cannot be saved here. Copy what you want to keep, then reload the page.',
    replacedReloading: 'Livsbog was updated in another window. Reloading the page …',
    reload: 'Reload',
    newerData:
      'The books on this device were saved by a newer version of Livsbog. This version may not change them. Update the app (reload the page when you are online).',
    dbFailed: 'Livsbog cannot open its storage in this browser. Try reloading the page.',
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    saved: 'Saved',
    back: 'Back',
    next: 'Next',
  },
  lang: {
    label: 'Language',
    da: 'Dansk',
    en: 'English',
  },
  shelf: {
    title: 'Livsbog',
    intro:
      'Together with an adult you trust, you can make a book about your life here: where you have lived, your schools, the people who matter, your photos and memories.',
    yourBooks: 'Books on this device',
    noBooks: 'There are no books here yet.',
    newBook: 'Make a new book',
    openSample: 'See a sample book',
    openExistingSample: 'Open the sample book',
    sampleExplain:
      'The sample book is about a made-up child, so you can see what a life book can look like.',
    sampleCreating: 'Making the sample book …',
    sampleProgress: 'Making photos: {{done}} of {{total}}',
    sampleFailed: 'The sample book could not be made: {{reason}}',
    openBook: 'Open the book: {{name}}',
    sampleBadge: 'Sample',
    aboutLock: 'What does the lock protect?',
    privacy:
      'Everything stays on this device. Nothing is sent anywhere unless you make a copy yourself.',
    missingBooks:
      'Your books are no longer on this device. The browser may have cleared its storage. Bring them back from your latest moving pack.',
    missingBooksDismiss: 'Do not show this again',
  },
  cover: {
    nickname: 'What should the book be called? (your name or nickname)',
    nicknameHint: 'It shows on the cover, also when the book is locked.',
    avatar: 'Choose a picture for the cover',
    colour: 'Choose a colour',
    birthDate: 'When were you born? (if you like)',
    birthYear: 'Year',
    birthMonth: 'Month',
    birthDay: 'Day',
    unknown: "Don't know",
    ageMode: 'How should the book look?',
    language: 'Language of the book',
    nicknameRequired: 'Write a name for the book.',
    nicknameTooLong: 'The name can be at most {{max}} characters.',
    birthDateInvalid: 'That date does not exist. Check the year, month and day.',
  },
  ageMode: {
    young: 'Mostly pictures (age 5–9)',
    middle: 'Pictures and text (age 10–13)',
    teen: 'Mostly text (age 14 and up)',
  },
  colours: {
    sun: 'Yellow',
    coral: 'Coral',
    rose: 'Pink',
    lilac: 'Lilac',
    sky: 'Sky blue',
    sea: 'Sea green',
    leaf: 'Leaf green',
    sand: 'Sand',
  },
  avatars: {
    fox: 'Fox',
    cat: 'Cat',
    dog: 'Dog',
    owl: 'Owl',
    turtle: 'Turtle',
    butterfly: 'Butterfly',
    star: 'Star',
    rainbow: 'Rainbow',
    football: 'Football',
    guitar: 'Guitar',
    rocket: 'Rocket',
    flower: 'Flower',
  },
  create: {
    title: 'Make a new book',
    stepOf: 'Step {{step}} of {{total}}',
    coverStep: 'The cover',
    sentenceStep: 'Your secret sentence',
    recoveryStep: 'The recovery code',
    creating: 'Making the book and locking it with your sentence …',
    createFailed: 'The book could not be saved: {{reason}}',
  },
  sentence: {
    explain:
      'The book is locked with a secret sentence: a few words you can remember. Only someone who knows the sentence can open the book.',
    proposed: 'Words for your sentence',
    newWords: 'Other words',
    ownWords: 'Write your own sentence',
    yourSentence: 'Your sentence',
    repeat: 'Write the sentence again, so we know you remember it',
    mismatch: 'The sentences are not the same. Try again.',
    strength: 'Strength: {{level}}',
    strengthWeak: 'Weak',
    strengthOk: 'Good',
    strengthStrong: 'Strong',
    sayIt: 'Say the words out loud a few times. Do not write them on a note kept with the device.',
  },
  recovery: {
    explain:
      'If the sentence is forgotten, the book can be opened with this recovery code. It is shown only now. An adult should write it down or print it and keep it somewhere safe – not with the device.',
    codeLabel: 'Recovery code',
    print: 'Print the code',
    confirm: 'The code is written down or printed and kept somewhere safe',
    openBook: 'Open the book',
    printTitle: 'Livsbog recovery code: {{name}}',
    printDate: 'Made {{date}}',
    newCode: 'Make a new recovery code',
    newCodeExplain: 'The old code stops working.',
    newCodeDone: 'The new code is saved. The old one no longer works.',
  },
  lock: {
    title: "{{name}}'s book is locked",
    sentenceLabel: 'Your secret sentence',
    unlock: 'Unlock',
    unlocking: 'Unlocking …',
    useRecovery: 'I have forgotten the sentence',
    recoveryLabel: 'Recovery code',
    useSentence: 'Use the sentence instead',
    pinLabel: 'Your PIN',
    usePin: 'Use the PIN',
    wrongSentence: 'That was not the right sentence. Try again.',
    wrongRecovery: 'The recovery code does not fit this book.',
    invalidRecovery:
      'The recovery code is not written correctly. It has 27 characters in groups of four.',
    wrongPin_one: 'Wrong PIN. You have {{count}} try left.',
    wrongPin_other: 'Wrong PIN. You have {{count}} tries left.',
    pinLockedOut: 'Too many wrong PINs. Use the secret sentence.',
    tooSoon_one: 'Wait {{count}} second before you try again.',
    tooSoon_other: 'Wait {{count}} seconds before you try again.',
    lockNow: 'Lock the book',
    locked: 'The book is locked.',
    sampleHint: 'This is a sample book. Its sentence is: {{sentence}}',
    backToShelf: 'All books',
  },
  nav: {
    label: "The book's pages",
    meNow: 'Me now',
    settings: 'Settings',
    aboutLock: 'About the lock',
    allBooks: 'All books',
  },
  meNow: {
    title: 'Me now',
    intro: 'Start here and now: who are you today?',
    age_one: '{{count}} year',
    age_other: '{{count}} years',
    likes: 'I like',
    goodAt: 'I am good at',
    proudOf: 'I am proud of',
    dreams: 'I dream of',
    photo: 'A photo of me now',
    choosePhoto: 'Choose a photo',
    changePhoto: 'Change photo',
    photoAlt: 'Photo of {{name}} now',
    photoSaving: 'Saving the photo …',
    photoFailed: 'The photo could not be used: {{reason}}',
    notAnImage: 'The file is not a picture Livsbog can read.',
    inBook: 'In the book',
    recentPhotos: 'Photos in the book',
    photoOf: 'Photo {{n}}',
    damaged_one: '{{count}} thing in the book is damaged and cannot be opened. The rest is fine.',
    damaged_other:
      '{{count}} things in the book are damaged and cannot be opened. The rest is fine.',
  },
  settings: {
    title: 'Settings',
    bookSection: 'The book',
    rename: "The book's name",
    renamed: 'The name is saved.',
    lockSection: 'Lock',
    autoLock: 'Lock by itself after (minutes without use)',
    autoLockSaved: 'Saved.',
    pin: 'PIN for quick unlocking (4–8 digits)',
    pinExplain:
      'While the app is open, the book can be unlocked with a PIN. When the app closes, the sentence is needed again.',
    setPin: 'Save PIN',
    pinSet: 'The PIN works until the app closes.',
    pinInvalid: 'A PIN is 4 to 8 digits.',
    removePin: 'Remove PIN',
    noRemember:
      'Livsbog does not remember the book on this device: every time the app starts, the book must be unlocked with the sentence or the recovery code. That is on purpose. A key kept by the browser lies in the browser’s files, and a copy of them could open the book.',
    changeSentence: 'Change the secret sentence',
    newSentence: 'New sentence',
    sentenceChanged: 'The new sentence is saved. The old one no longer works.',
    storageSection: 'Storage on the device',
    persisted: 'The browser has promised to keep the books (persistent storage).',
    notPersisted:
      'The browser has not promised to keep the books. Make a copy of the book regularly.',
    persistUnknown: 'The browser does not say whether storage is persistent.',
    usage: 'Used: {{used}} · Free: {{free}}',
    usageUnknown: 'The browser does not say how much room there is.',
    deleteSection: 'Delete the book',
    deleteExplain:
      'When the book is deleted, everything in it is gone from this device: texts, photos and people. It cannot be undone.',
    deleteConfirmLabel: "Type the book's name ({{name}}) to confirm",
    deleteButton: 'Delete the book for ever',
    deleteMismatch: 'The name does not match. The book was not deleted.',
  },
  aboutLock: {
    title: 'What does the lock protect?',
    protects: 'The lock protects',
    protectsItems: [
      'When the book is locked, everything in it is stored in secret code. Others who use the device cannot read it.',
      'If the device is lost or stolen, nobody can read the book without your sentence or the recovery code.',
      'The book locks itself when nobody has used it for a while.',
      'When you lock the book, it locks in every tab and window where it is open.',
      'Livsbog never remembers the book on the device. Even someone who copies the browser’s files needs the sentence or the recovery code.',
    ],
    notProtects: 'The lock does not protect',
    notProtectsItems: [
      'Against someone who knows your sentence or has found the recovery code.',
      'When the book is open, whoever sits at the screen can see it. Lock the book when you leave it.',
      'Against a device with harmful programs (viruses) that can see what you type.',
    ],
    sealedLetters:
      'Letters "sealed until a date" are a ritual, not a lock: they are protected like the rest of the book, but anyone who can open the book can open them.',
    backup: 'The book exists only on this device. Make a copy so it is not lost.',
  },
  errors: {
    'storage-full':
      'There is no more room on the device. Nothing was lost. Delete something you do not use and try again.',
    'newer-data':
      'The books were saved by a newer version of Livsbog. Update the app before you change anything.',
    'book-locked': 'The book is locked. Unlock it and try again.',
    'not-found': 'That does not exist (any more).',
    damaged: 'It is damaged and cannot be opened.',
    replaced: 'Livsbog was updated in another window. Reload the page; nothing was lost.',
    'write-failed': 'It could not be saved. Nothing was lost. Try again.',
    'foreign-ids':
      'The moving pack holds things that already belong to another book on this device. So it cannot be merged into this book, not even if you try again. Bring it in as a new book instead.',
    unknown: 'Something went wrong. Nothing was lost. Try again.',
  },
  /** How many of each kind: me now, the pack review, a checked pack, an import report. */
  counts: {
    entries_one: '{{count}} thing on the timeline',
    entries_other: '{{count}} things on the timeline',
    people_one: '{{count}} person',
    people_other: '{{count}} people',
    photos_one: '{{count}} photo',
    photos_other: '{{count}} photos',
    snapshots_one: '{{count}} saved network map',
    snapshots_other: '{{count}} saved network maps',
  },
  units: {
    bytes: '{{value}} B',
    kb: '{{value}} kB',
    mb: '{{value}} MB',
    gb: '{{value}} GB',
  },
};
