/** The server's rules, checked early so most mistakes are caught before a round trip. */
export const HANDLE_PATTERN = /^[a-z0-9-]{3,30}$/;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// Deliberately loose: the server has the last word; this only catches obvious typos.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

export function passwordLengthProblem(value: string): 'short' | 'long' | undefined {
  const length = [...value].length;
  if (length < PASSWORD_MIN) return 'short';
  if (length > PASSWORD_MAX) return 'long';
  return undefined;
}
