/**
 * Danish strings for why a secret sentence is refused (src/crypto/strength.ts) and the meter's
 * word for a sentence below the floor. The other sentence strings are under `sentence` in da.ts.
 */
export const secretDa = {
  tooFewWords: 'Sætningen er for kort. Brug mindst fem ord, fx de fem forslag.',
  tooWeak: 'Sætningen er for let at gætte. Tilføj flere ord, eller brug de foreslåede ord.',
  repeated:
    'Sætningen er for let at gætte: det samme ord tæller kun én gang. Brug fem forskellige ord.',
  trivial:
    'Ord som »hej«, »1234«, »abc« eller »qwerty« er de første, nogen prøver. De tæller ikke. Brug andre ord.',
  bookName: 'Bogens navn kan alle se, så det tæller ikke. Brug andre ord.',
  /** The meter's level for a sentence below the floor. */
  tooWeakLevel: 'For svag – kan ikke bruges',
  ownWordsHint: 'Mindst fem forskellige ord. Det må gerne være sjove ord, som ikke hører sammen.',
};
