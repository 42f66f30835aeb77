import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('uses the largest fitting decimal unit', () => {
    expect(formatBytes(512, 'en')).toEqual({ unit: 'bytes', value: '512' });
    expect(formatBytes(1500, 'en')).toEqual({ unit: 'kb', value: '1.5' });
    expect(formatBytes(250e6, 'en')).toEqual({ unit: 'mb', value: '250' });
    expect(formatBytes(12.34e9, 'en')).toEqual({ unit: 'gb', value: '12' });
  });

  it('writes decimals the Danish way in Danish', () => {
    expect(formatBytes(1500, 'da')).toEqual({ unit: 'kb', value: '1,5' });
  });
});
