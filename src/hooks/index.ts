/** Shared React hooks that serve several features. */
export * from './follow-size';
export * from './use-bin-actions';
export * from './use-busy-status';
export * from './use-media-url';
export * from './use-page-virtualizer';
export * from './use-photo-url';
export * from './use-purge-bin';
export * from './use-save-form';
export * from './use-sentence-choice';
export * from './use-speech';
export * from './use-voice-recorder';
export * from './voice-recorder-state';
