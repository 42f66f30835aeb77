import {
  EMPTY_HISTORY,
  addStroke,
  canRedo,
  canUndo,
  clear,
  isBlank,
  redo,
  undo,
  visibleStrokes,
  widthAt,
  type Stroke,
} from './drawing-canvas-strokes';

const stroke = (colour: string, erase = false): Stroke => ({
  colour,
  size: 10,
  erase,
  points: [
    { x: 1, y: 2, pressure: 0.5 },
    { x: 3, y: 4, pressure: 0.5 },
  ],
});

const colours = (h: Parameters<typeof visibleStrokes>[0]) => visibleStrokes(h).map((s) => s.colour);

describe('the stroke history of a drawing', () => {
  it('starts blank, with nothing to undo or redo', () => {
    expect(visibleStrokes(EMPTY_HISTORY)).toEqual([]);
    expect(isBlank(EMPTY_HISTORY)).toBe(true);
    expect(canUndo(EMPTY_HISTORY)).toBe(false);
    expect(canRedo(EMPTY_HISTORY)).toBe(false);
    expect(undo(EMPTY_HISTORY)).toBe(EMPTY_HISTORY);
    expect(redo(EMPTY_HISTORY)).toBe(EMPTY_HISTORY);
  });

  it('keeps strokes in the order they were drawn, without changing the old history', () => {
    const one = addStroke(EMPTY_HISTORY, stroke('red'));
    const two = addStroke(one, stroke('blue'));
    expect(colours(two)).toEqual(['red', 'blue']);
    expect(colours(one)).toEqual(['red']);
    expect(isBlank(two)).toBe(false);
  });

  it('ignores a stroke without points', () => {
    const h = addStroke(EMPTY_HISTORY, { ...stroke('red'), points: [] });
    expect(h).toBe(EMPTY_HISTORY);
  });

  it('undoes and redoes strokes one by one', () => {
    let h = addStroke(addStroke(EMPTY_HISTORY, stroke('red')), stroke('blue'));
    h = undo(h);
    expect(colours(h)).toEqual(['red']);
    expect(canRedo(h)).toBe(true);
    h = undo(h);
    expect(colours(h)).toEqual([]);
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(colours(h)).toEqual(['red']);
    h = redo(h);
    expect(colours(h)).toEqual(['red', 'blue']);
    expect(canRedo(h)).toBe(false);
  });

  it('forgets what was undone once a new stroke is drawn', () => {
    let h = addStroke(addStroke(EMPTY_HISTORY, stroke('red')), stroke('blue'));
    h = addStroke(undo(h), stroke('green'));
    expect(colours(h)).toEqual(['red', 'green']);
    expect(canRedo(h)).toBe(false);
  });

  it('clears the paper, and undo brings the picture back', () => {
    let h = addStroke(addStroke(EMPTY_HISTORY, stroke('red')), stroke('blue'));
    h = clear(h);
    expect(visibleStrokes(h)).toEqual([]);
    expect(isBlank(h)).toBe(true);
    expect(canUndo(h)).toBe(true);
    h = addStroke(h, stroke('green'));
    expect(colours(h)).toEqual(['green']);
    h = undo(undo(h));
    expect(colours(h)).toEqual(['red', 'blue']);
  });

  it('does not add a step for clearing a paper that is already empty', () => {
    expect(clear(EMPTY_HISTORY)).toBe(EMPTY_HISTORY);
    const cleared = clear(addStroke(EMPTY_HISTORY, stroke('red')));
    expect(clear(cleared)).toBe(cleared);
  });

  it('counts a paper with only eraser strokes as blank', () => {
    const h = addStroke(EMPTY_HISTORY, stroke('white', true));
    expect(isBlank(h)).toBe(true);
    expect(isBlank(addStroke(h, stroke('red')))).toBe(false);
  });

  it('draws fingers and mice at the chosen size, a pen thinner or thicker by its pressure', () => {
    expect(widthAt(20, 0.5)).toBe(20);
    expect(widthAt(20, 0)).toBe(20); // a mouse between presses, or no pressure at all
    expect(widthAt(20, Number.NaN)).toBe(20);
    expect(widthAt(20, 0.1)).toBeCloseTo(12);
    expect(widthAt(20, 1)).toBe(30);
    expect(widthAt(20, 7)).toBe(30);
  });
});
