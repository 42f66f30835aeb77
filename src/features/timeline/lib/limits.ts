import { TEXT_LIMITS } from '@/domain';

/*
 * Limits on what one entry may hold: long enough for a real story, short enough that one field
 * cannot fill the device or freeze the timeline. The numbers live in the domain, shared with the
 * people area and the pack schema; lengths count what a person sees as characters.
 */
export const TITLE_MAX = TEXT_LIMITS.title;
export const TEXT_MAX = TEXT_LIMITS.story;
export const PLACE_MAX = TEXT_LIMITS.place;
export const NAME_MAX = TEXT_LIMITS.name;
export const RELATION_MAX = TEXT_LIMITS.relation;
