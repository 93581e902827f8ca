import { createHmac, timingSafeEqual } from 'node:crypto';
import { StandingErrorCode, StandingException } from './standing.exception.js';

/** A form older than this asks for a fresh token, so that one token is not reused for ever. */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Clocks of several API processes may differ a little. */
const CLOCK_SKEW_MS = 60 * 1000;

/**
 * Tokens that say when the sign-up form was shown: `<issued at, base 36 ms>.<HMAC>`. The key is
 * derived from the app's secret (never the JWT key itself), so a token cannot be forged, and
 * nothing is stored: a form sent sooner than the city's minimum fill time is a robot's.
 */
export class SignUpFormTokens {
  private readonly key: Buffer;

  constructor(
    appSecret: string,
    private readonly minFormSeconds: number,
  ) {
    this.key = createHmac('sha256', appSecret).update('growhere sign-up form token').digest();
  }

  issue(now = Date.now()): string {
    const issuedAt = now.toString(36);
    return `${issuedAt}.${this.sign(issuedAt)}`;
  }

  /** Refuses a forged, garbled, future or stale token, and one younger than the minimum. */
  check(token: string, now = Date.now()): void {
    const [issuedAt, signature, ...rest] = token.split('.');
    const expected = issuedAt ? this.sign(issuedAt) : '';
    const valid =
      rest.length === 0 &&
      !!signature &&
      signature.length === expected.length &&
      timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
    const issued = valid ? parseInt(issuedAt, 36) : NaN;
    if (!Number.isSafeInteger(issued) || issued > now + CLOCK_SKEW_MS) {
      throw new StandingException(
        StandingErrorCode.FORM_TOKEN_INVALID,
        'formToken is not a token from this site; reload the form',
        'formToken',
      );
    }
    if (now - issued > FORM_TOKEN_MAX_AGE_MS) {
      throw new StandingException(
        StandingErrorCode.FORM_TOKEN_EXPIRED,
        'This form has been open too long; reload it and try again',
        'formToken',
      );
    }
    if (now - issued < this.minFormSeconds * 1000) {
      throw new StandingException(
        StandingErrorCode.FORM_FILLED_TOO_FAST,
        'That was quicker than a person types; please check the form and send it again',
        'formToken',
      );
    }
  }

  private sign(issuedAt: string): string {
    return createHmac('sha256', this.key).update(issuedAt).digest('base64url');
  }
}
