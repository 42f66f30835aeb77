// @vitest-environment node
import { PackError } from '../errors';
import { jsonDepthExceeds, parsePackJson } from './json-guard';

const enc = new TextEncoder();

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof PackError ? e.code : 'other';
  }
  return undefined;
}

describe('jsonDepthExceeds', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonDepthExceeds('[[[]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":{"b":[1]}}', 3)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ a: '[[[[[[[[', b: '\\"[[[[' }), 1)).toBe(false);
    expect(jsonDepthExceeds('[1],[2],[3]', 1)).toBe(false);
  });

  it('stops early on a huge nest without parsing it', () => {
    const deep = '['.repeat(5_000_000);
    expect(jsonDepthExceeds(deep, 64)).toBe(true);
  });
});

describe('parsePackJson', () => {
  it('refuses bytes that are not UTF-8, broken JSON, deep JSON and other formats', () => {
    expect(code(() => parsePackJson(new Uint8Array([0x7b, 0xff, 0x7d]), 64))).toBe('bad-json');
    expect(code(() => parsePackJson(enc.encode('{"format":'), 64))).toBe('bad-json');
    expect(code(() => parsePackJson(enc.encode(`${'['.repeat(65)}${']'.repeat(65)}`), 64))).toBe(
      'too-deep',
    );
    expect(code(() => parsePackJson(enc.encode('[]'), 64))).toBe('schema-invalid');
    expect(code(() => parsePackJson(enc.encode('{"format":"x"}'), 64))).toBe('schema-invalid');
  });

  it('says "newer version" before looking at the schema', () => {
    const json = enc.encode('{"format":"livsbog-bundle","schemaVersion":4,"whatever":true}');
    expect(code(() => parsePackJson(json, 64))).toBe('newer-version');
  });
});
