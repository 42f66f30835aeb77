/** Big- and little-endian readers that treat bytes past the end as a truncated file. */
import { ImageFormatError } from './image-errors';

export function u8(b: Uint8Array, at: number): number {
  const v = b[at];
  if (v === undefined) throw new ImageFormatError('truncated');
  return v;
}

export function u16be(b: Uint8Array, at: number): number {
  return (u8(b, at) << 8) | u8(b, at + 1);
}

export function u16le(b: Uint8Array, at: number): number {
  return u8(b, at) | (u8(b, at + 1) << 8);
}

export function u24le(b: Uint8Array, at: number): number {
  return u8(b, at) | (u8(b, at + 1) << 8) | (u8(b, at + 2) << 16);
}

export function u32be(b: Uint8Array, at: number): number {
  return ((u8(b, at) << 24) | (u8(b, at + 1) << 16) | (u8(b, at + 2) << 8) | u8(b, at + 3)) >>> 0;
}

export function u32le(b: Uint8Array, at: number): number {
  return (u8(b, at) | (u8(b, at + 1) << 8) | (u8(b, at + 2) << 16) | (u8(b, at + 3) << 24)) >>> 0;
}

export function ascii(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < Math.min(end, b.length); i += 1) s += String.fromCharCode(b[i] ?? 0);
  return s;
}
