/**
 * The drawing's colours and brushes. Ten clear, child-friendly colours that differ in lightness
 * as well as hue (so they are told apart without colour vision too), each with a name a screen
 * reader says; three thick brushes, sized in drawing units (DRAWING_SIZES: 1600 across).
 */
export const DRAWING_COLOURS = [
  { id: 'black', value: '#222222' },
  { id: 'red', value: '#e53935' },
  { id: 'orange', value: '#fb8c00' },
  { id: 'yellow', value: '#fdd835' },
  { id: 'green', value: '#43a047' },
  { id: 'sky', value: '#4fc3f7' },
  { id: 'blue', value: '#1e4fc2' },
  { id: 'purple', value: '#8e24aa' },
  { id: 'pink', value: '#f48fb1' },
  { id: 'brown', value: '#8d5524' },
] as const;

export type DrawingColour = (typeof DRAWING_COLOURS)[number]['id'];

export const BRUSH_SIZES = { small: 16, medium: 36, large: 72 } as const;
export type BrushSize = keyof typeof BRUSH_SIZES;

export type DrawingTool = 'pen' | 'eraser';

/** What the next stroke is drawn with. */
export interface Brush {
  tool: DrawingTool;
  colour: DrawingColour;
  size: BrushSize;
}

export const FIRST_BRUSH: Brush = { tool: 'pen', colour: 'black', size: 'medium' };

export function colourValue(id: DrawingColour): string {
  return DRAWING_COLOURS.find((c) => c.id === id)?.value ?? '#222222';
}

/** The prompts a drawing can start from; each becomes the drawing's title when saved. */
export const DRAWING_PROMPTS = [
  { id: 'home', picture: '🏠' },
  { id: 'family', picture: '🫶' },
  { id: 'likes', picture: '⭐' },
  { id: 'free', picture: '✏️' },
] as const;

export type DrawingPrompt = (typeof DRAWING_PROMPTS)[number]['id'];
