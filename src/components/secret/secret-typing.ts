/**
 * How every field for a secret is typed (the sentence chosen and repeated, the sentence,
 * recovery code or PIN at the lock): exactly as written. The browser neither remembers it nor
 * offers it again, a phone's keyboard neither capitalises nor corrects it, and no spelling check
 * sends its words anywhere.
 */
export const SECRET_TYPING = {
  autoComplete: 'off',
  autoCapitalize: 'none',
  spellCheck: false,
} as const;
