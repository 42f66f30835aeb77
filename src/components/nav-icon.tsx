import { LineIcon } from './line-icon';

/** The pictures of the phone's tab bar and top bar, drawn here so they look alike on every device. */
export type NavIconName =
  | 'meNow'
  | 'timeline'
  | 'people'
  | 'photos'
  | 'more'
  | 'lock'
  | 'movingPack'
  | 'settings'
  | 'aboutLock'
  | 'allBooks'
  | 'search'
  | 'play'
  | 'add'
  | 'voice'
  | 'video'
  | 'paper'
  | 'drawing';

const PATHS: Record<NavIconName, string[]> = {
  // a child: head and shoulders
  meNow: ['M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z', 'M4.5 20.5c.8-4 3.8-6 7.5-6s6.7 2 7.5 6'],
  // a winding road with two stops
  timeline: ['M6 21c0-4 12-3 12-8S6 9 6 5', 'M6 5a2 2 0 1 0 0-.01', 'M18 13a2 2 0 1 0 0-.01'],
  // two people
  people: [
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Z',
    'M2.5 20c.6-3.6 3.2-5.5 6.5-5.5s5.9 1.9 6.5 5.5',
    'M16 11a3 3 0 1 0-1.2-5.8',
    'M17.5 14.6c2.2.5 3.6 2.3 4 5.4',
  ],
  // a photo: frame, sun and hill
  photos: ['M3.5 5.5h17v13h-17Z', 'M3.5 16l5-5 4 4 2.5-2.5 5.5 5.5', 'M16 9.5a1.5 1.5 0 1 0 0-.01'],
  // three dots
  more: ['M5 12h.01', 'M12 12h.01', 'M19 12h.01'],
  // a padlock
  lock: ['M6 11h12v9H6Z', 'M8.5 11V8a3.5 3.5 0 0 1 7 0v3', 'M12 15v2'],
  // a moving box
  movingPack: ['M3.5 8.5 12 4l8.5 4.5v9L12 22l-8.5-4.5Z', 'M3.5 8.5 12 13l8.5-4.5', 'M12 13v9'],
  // two sliders
  settings: ['M4 7h10', 'M18 7h2', 'M16 5v4', 'M4 17h2', 'M10 17h10', 'M8 15v4'],
  // a shield
  aboutLock: ['M12 3.5 19 6v5.5c0 4.5-3 7.7-7 9-4-1.3-7-4.5-7-9V6Z', 'm9 12 2 2 4-4'],
  // a magnifying glass
  search: ['M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Z', 'm15.5 15.5 5 5'],
  // a play triangle
  play: ['M7 4.5v15l12-7.5Z'],
  // a plus, in the colour of the words beside it (a text "＋" is missing from many fonts)
  add: ['M12 5v14', 'M5 12h14'],
  // the kinds of memory (issue 14): a microphone on its stand
  voice: [
    'M12 3a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3Z',
    'M6 11a6 6 0 0 0 12 0',
    'M12 17v4',
    'M9 21h6',
  ],
  // a film strip
  video: ['M4 5h16v14H4Z', 'M8 5v14', 'M16 5v14', 'M4 9h4', 'M4 15h4', 'M16 9h4', 'M16 15h4'],
  // a page with a folded corner and lines of text
  paper: ['M6 3h8l4 4v14H6Z', 'M14 3v4h4', 'M9 11h6', 'M9 14h6', 'M9 17h4'],
  // a crayon
  drawing: ['m4 20 2-6L16 4l4 4-10 10Z', 'm14 6 4 4'],
  // books standing on a shelf
  allBooks: ['M4 4.5h4v15H4Z', 'M8 6.5h4v13H8Z', 'M13.5 6.8l3.8-1 3.4 13.5-3.8 1Z', 'M3 20.5h18'],
};

export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <LineIcon
      className={`nav-icon nav-icon-${name}`}
      paths={PATHS[name]}
      strokeWidth={name === 'more' ? 3.5 : name === 'add' ? 3 : 2}
    />
  );
}
