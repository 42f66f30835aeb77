/**
 * What a call threw or a promise rejected with, for tests that assert an error's code or reason
 * rather than only that something failed.
 */

/**
 * The error of the given kind that `fn` throws, or undefined when it returns. An error of any
 * other kind is thrown on, so a test never mistakes a wrong failure for the one it expects.
 */
export function thrownBy<E>(
  fn: () => unknown,
  kind: abstract new (...args: never[]) => E,
): E | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof kind) return e;
    throw e;
  }
  return undefined;
}

/** What the promise rejected with, or undefined when it fulfilled. */
export async function failureOf(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => undefined,
    (e: unknown) => e,
  );
}
