/** Danish strings for videos: why a video was not stored (src/media/video/video-errors.ts). */
export const videoDa = {
  failure: {
    empty: 'Filen er tom.',
    'too-large': 'Videoen er for stor (over 500 MB). Gem en kortere eller mindre udgave.',
    'not-a-video': 'Filen er ikke en video.',
    'unsupported-type':
      'Den slags video kan Livsbog ikke gemme. Gem den som MP4, MOV eller WebM og prøv igen.',
    truncated: 'Videoen er ikke hel – filen stopper før tiden. Hent eller kopiér den igen.',
    corrupt: 'Videoen er beskadiget og kan ikke gemmes.',
    fragmented:
      'Videoen er gemt i små stykker (fragmenteret MP4), og så kan Livsbog ikke fjerne, hvor den er optaget. Gem den som almindelig MP4 og prøv igen.',
    'cannot-clean':
      'Livsbog kunne ikke fjerne, hvor og med hvad videoen er optaget, så den er ikke gemt. Gem den som almindelig MP4 og prøv igen.',
    'storage-full': 'Der er ikke mere plads på enheden, så videoen er ikke gemt.',
    locked: 'Bogen blev låst, før videoen blev gemt. Lås bogen op og prøv igen.',
    unknown: 'Noget gik galt med denne video. Prøv igen.',
  },
  /** Instead of a poster when this browser cannot show the video (it is kept, cleaned). */
  noPoster: 'Video, der ikke kan vises på denne enhed',
};
