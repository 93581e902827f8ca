import { FORM_TOKEN_MAX_AGE_MS, SignUpFormTokens } from './sign-up-form-token.js';

const reasonOf = (run: () => void): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { reason?: string; field?: string }).reason;
  }
};

describe('sign-up form tokens', () => {
  const tokens = new SignUpFormTokens('a secret of at least some length', 3);
  const shown = Date.UTC(2026, 0, 1, 12);

  it('accept a form sent after the minimum fill time, and refuse one sent sooner', () => {
    const token = tokens.issue(shown);
    expect(reasonOf(() => tokens.check(token, shown + 3_000))).toBeUndefined();
    expect(reasonOf(() => tokens.check(token, shown + 2_999))).toBe('FORM_FILLED_TOO_FAST');
  });

  it('refuse tokens forged, garbled, signed with another secret, from the future or stale', () => {
    const token = tokens.issue(shown);
    const [issuedAt, signature] = token.split('.');
    const later = shown + 10_000;
    const earlier = (shown - 60_000).toString(36);
    expect(reasonOf(() => tokens.check(`${earlier}.${signature}`, later))).toBe(
      'FORM_TOKEN_INVALID',
    );
    expect(reasonOf(() => tokens.check(`${issuedAt}.${signature}x`, later))).toBe(
      'FORM_TOKEN_INVALID',
    );
    expect(reasonOf(() => tokens.check('garbage', later))).toBe('FORM_TOKEN_INVALID');
    expect(reasonOf(() => tokens.check(`${token}.more`, later))).toBe('FORM_TOKEN_INVALID');
    const other = new SignUpFormTokens('another secret entirely', 3);
    expect(reasonOf(() => tokens.check(other.issue(shown), later))).toBe('FORM_TOKEN_INVALID');
    const future = tokens.issue(shown + 5 * 60_000);
    expect(reasonOf(() => tokens.check(future, later))).toBe('FORM_TOKEN_INVALID');
    expect(reasonOf(() => tokens.check(token, shown + FORM_TOKEN_MAX_AGE_MS + 1))).toBe(
      'FORM_TOKEN_EXPIRED',
    );
  });
});
