import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../app/i18n';
import { formErrors } from '../auth/errors';
import { messageProblems } from '../messages/errors';
import { opportunityErrorMessage } from '../opportunities/errors';
import { formProblems } from '../ui/formProblems';
import { moderationProblems, reportProblems } from './errors';

function refused(reason: string, extensions: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'Refused', extensions: { code: 'FORBIDDEN', reason, ...extensions } }],
  });
}

describe('refusals because of the member’s standing', () => {
  it('read the same wherever mutation errors are shown', () => {
    const { t } = createI18n();
    const suspended = refused('ACCOUNT_SUSPENDED');
    const expected = "Your account is suspended by city staff, so you can't do this for now.";
    expect(formErrors(t, suspended, []).form).toBe(expected);
    expect(formProblems(t, suspended, () => true).form).toBe(expected);
    expect(messageProblems(t, suspended, 'en').form).toBe(expected);
    // The opportunities module says "not allowed" for other FORBIDDENs, not for these.
    expect(opportunityErrorMessage(t, suspended)).toBe(expected);
    expect(opportunityErrorMessage(t, refused('ACCOUNT_RESTRICTED'))).toBe(
      "Your account is restricted by city staff: you can't post or send messages for now.",
    );
    expect(reportProblems(t, refused('ACCOUNT_RESTRICTED')).form).toBe(
      "Your account is restricted by city staff: you can't post or send messages for now.",
    );
    expect(moderationProblems(t, suspended).form).toBe(expected);
  });

  it('say how many a day a new account may, when the server tells', async () => {
    const i18n = createI18n();
    expect(formErrors(i18n.t, refused('DAILY_LIMIT_REACHED', { limit: 1 }), []).form).toBe(
      'New accounts can do this once a day. Please try again tomorrow.',
    );
    expect(formErrors(i18n.t, refused('DAILY_LIMIT_REACHED'), []).form).toBe(
      "You've reached today's limit for new accounts. Please try again tomorrow.",
    );
    await i18n.changeLanguage('es');
    expect(formErrors(i18n.t, refused('DAILY_LIMIT_REACHED', { limit: 10 }), []).form).toBe(
      'Las cuentas nuevas pueden hacer esto 10 veces al día. Vuelve a intentarlo mañana.',
    );
  });

  it('leave other refusals to each module', () => {
    const { t } = createI18n();
    expect(opportunityErrorMessage(t, refused('NOT_YOURS'))).toBe(t('opportunityErrors.forbidden'));
    expect(moderationProblems(t, refused('STAFF_ONLY')).form).toBe(
      'Only city staff can see and act on the moderation queue.',
    );
  });
});
