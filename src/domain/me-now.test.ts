import { LIKE_PICTURES_MAX, sameLikes, toggleLikePicture } from './me-now';

describe('likes chosen by picture', () => {
  it('adds a picture at the end and takes it away with a second tap', () => {
    expect(toggleLikePicture([], 'hest')).toEqual({ ok: true, likes: ['hest'] });
    expect(toggleLikePicture(['hest'], 'pizza')).toEqual({ ok: true, likes: ['hest', 'pizza'] });
    expect(toggleLikePicture(['hest', 'pizza', 'kat'], 'pizza')).toEqual({
      ok: true,
      likes: ['hest', 'kat'],
    });
  });

  it('never holds a picture twice', () => {
    const once = toggleLikePicture(['hest'], 'hest');
    expect(once).toEqual({ ok: true, likes: [] });
  });

  it('refuses one more than the most, and still lets one be taken away', () => {
    const full = Array.from({ length: LIKE_PICTURES_MAX }, (_, i) => `w${String(i)}`);
    expect(toggleLikePicture(full, 'hest')).toEqual({ ok: false, reason: 'too-many' });
    const less = toggleLikePicture(full, 'w3');
    expect(less.ok && less.likes.length).toBe(LIKE_PICTURES_MAX - 1);
  });

  it('does not change the list it was given', () => {
    const likes = ['hest'];
    toggleLikePicture(likes, 'kat');
    toggleLikePicture(likes, 'hest');
    expect(likes).toEqual(['hest']);
  });

  it('compares lists by their pictures and order', () => {
    expect(sameLikes(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameLikes(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameLikes([], ['a'])).toBe(false);
  });
});
