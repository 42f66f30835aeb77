/** BagIt (RFC 8493): the tag files a pack is written with, and their checks when it is read. */
export * from './bagit';
export * from './bagit-check';
