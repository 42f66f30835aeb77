/**
 * Module resolver for eslint-plugin-boundaries: `@/x` is src/x (the alias of vite.config.ts and
 * tsconfig), everything else as Node resolves it. Without it, boundaries would treat `@/db` as an
 * unknown package and no layer rule would hold for alias imports.
 */
/* global __dirname */
const path = require('node:path');
const nodeResolver = require('eslint-import-resolver-node');

const SRC = path.resolve(__dirname, '..', 'src');

exports.interfaceVersion = 2;
exports.resolve = (source, file, config) => {
  const target = source.startsWith('@/') ? path.join(SRC, source.slice(2)) : source;
  return nodeResolver.resolve(target, file, config);
};
