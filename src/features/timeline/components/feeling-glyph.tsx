import { feelingPicture } from '../lib/feeling-pictures';

/** A feeling drawn from its bundled picture, or the emoji as text when it has none. */
export function FeelingGlyph({ emoji }: { emoji: string }) {
  const src = feelingPicture(emoji);
  return src ? <img className="feeling-glyph" src={src} alt="" /> : <>{emoji}</>;
}
