/** Photos: sniffing, cleaning, decoding and importing. No React, no storage. */
export * from './browser-codec';
export * from './clean-stored-photo';
export * from './image-errors';
export * from './import-types';
export * from './limits';
export * from './process-photo';
