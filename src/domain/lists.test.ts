import { COVER_TINT, SECTORS, SECTOR_COLOUR, SECTOR_TINT } from './lists';

describe('the sector tints', () => {
  it('are the cover colours the sectors take, the same in the app, index.html and the PDF', () => {
    expect(SECTOR_TINT).toEqual({
      family: '#ffe58a',
      relatives: '#ffc2a8',
      placement: '#f9c6d9',
      'school-work': '#bfe0fb',
      leisure: '#cdebb0',
      friends: '#dcccf5',
      professionals: '#ead9bf',
    });
    for (const sector of SECTORS)
      expect(SECTOR_TINT[sector]).toBe(COVER_TINT[SECTOR_COLOUR[sector]]);
  });
});
