/**
 * jsdom lays nothing out (TOOLCHAIN pitfall 4): gives every element a size for the test file's
 * duration, so the virtual gallery and the column count have something to measure.
 */
export function withFakeLayout(width = 1000, height = 800): void {
  const sizes = { clientWidth: width, clientHeight: height };
  const saved = new Map<string, PropertyDescriptor | undefined>();
  beforeAll(() => {
    for (const [name, value] of Object.entries(sizes)) {
      saved.set(name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
      Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
    }
  });
  afterAll(() => {
    for (const [name, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, name, d);
  });
}
