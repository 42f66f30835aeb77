/*
 * Limits on what one entry may hold: long enough for a real story, short enough that one field
 * cannot fill the device or freeze the timeline. Lengths count what a person sees as characters.
 */
export const TITLE_MAX = 120;
export const TEXT_MAX = 20_000;
export const PLACE_MAX = 200;
export const NAME_MAX = 80;
export const RELATION_MAX = 80;
/** Inputs let a little more through than allowed, so an over-long paste gets a message, not a cut. */
export const INPUT_SLACK = 2;
