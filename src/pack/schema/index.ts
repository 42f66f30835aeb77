/** livsbog.json: its zod schema, the guarded parse, and the conversion to and from a book. */
export * from './schema';
export * from './json-guard';
export * from './pack-json';
