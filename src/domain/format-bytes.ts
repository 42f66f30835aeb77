export interface ByteAmount {
  unit: 'bytes' | 'kb' | 'mb' | 'gb';
  value: string;
}

/** Decimal units (as phones and Windows Explorer show storage), one decimal below 10. */
export function formatBytes(n: number, locale: string): ByteAmount {
  const units = [
    { unit: 'gb', size: 1e9 },
    { unit: 'mb', size: 1e6 },
    { unit: 'kb', size: 1e3 },
  ] as const;
  for (const u of units) {
    if (n >= u.size) {
      const v = n / u.size;
      return {
        unit: u.unit,
        value: v.toLocaleString(locale, { maximumFractionDigits: v < 10 ? 1 : 0 }),
      };
    }
  }
  return { unit: 'bytes', value: Math.max(0, Math.round(n)).toLocaleString(locale) };
}
