/**
 * "Me now" starts in the present, then moves to the past and to the future (life-story work
 * practice: begin where the child is safe and strong, so the past can be met from there).
 */
export const PROMPT_STEPS = ['now', 'before', 'ahead'] as const;
export type PromptStep = (typeof PROMPT_STEPS)[number];

/** The next prompt in a step, round and round. */
export function nextPromptIndex(index: number, count: number): number {
  return count === 0 ? 0 : (index + 1) % count;
}
