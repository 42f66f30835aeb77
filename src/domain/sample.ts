/**
 * The sample book is fictional and generated in code. Its secret sentence is public on purpose:
 * a newcomer must be able to open it again after it locks.
 */
export const SAMPLE_SENTENCE = 'sol hest kage båd';
export const SAMPLE_PHOTO_COUNT = 20;
