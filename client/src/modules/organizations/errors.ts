import type { TFunction } from 'i18next';
import { authProblems, problemMessage, type AuthProblem } from '../auth/errors';

/** What the organizations module's `reason`s mean to the reader; others fall back to auth's. */
export function membershipProblemMessage(t: TFunction, problem: AuthProblem): string {
  switch (problem.reason) {
    case 'ONE_INVITEE':
      return t('membershipErrors.oneInvitee');
    case 'MEMBER_NOT_FOUND':
      return t('membershipErrors.memberNotFound');
    case 'ALREADY_MEMBER':
      return t('membershipErrors.alreadyMember');
    case 'ALREADY_INVITED':
      return t('membershipErrors.alreadyInvited');
    case 'LAST_OWNER':
      return t('membershipErrors.lastOwner');
    case 'NOT_A_MEMBER':
      return t('membershipErrors.notAMember');
    case 'ALREADY_OWNER':
      return t('membershipErrors.alreadyOwner');
    case 'ORGANIZATION_ROLE_REQUIRED':
      return t('membershipErrors.roleRequired');
    case 'ORGANIZATION_NOT_FOUND':
      return t('membershipErrors.organizationNotFound');
    case 'INVITATION_NOT_FOUND':
      return t('membershipErrors.invitationNotFound');
    case 'EMAIL_NOT_VERIFIED':
      return t('membershipErrors.emailNotVerified');
  }
  return problemMessage(t, problem);
}

export interface MembershipProblems<Field extends string> {
  /** Messages for the form's own fields, keyed by the form's field name. */
  fields: Partial<Record<Field, string>>;
  /** What no field shows (the network, FORBIDDEN, LAST_OWNER …), shown above the form. */
  form: string | undefined;
}

/**
 * Splits a failed membership mutation's problems between a form's fields and the form as a whole.
 * `fieldOf` names the form field showing a server field (`handle` and `email` may share one).
 */
export function membershipProblems<Field extends string>(
  t: TFunction,
  error: unknown,
  fieldOf: (serverField: string) => Field | undefined = () => undefined,
): MembershipProblems<Field> {
  const result: MembershipProblems<Field> = { fields: {}, form: undefined };
  for (const problem of authProblems(error)) {
    const message = membershipProblemMessage(t, problem);
    const field = problem.field ? fieldOf(problem.field) : undefined;
    if (field) result.fields[field] ??= message;
    else result.form ??= message;
  }
  return result;
}

/** The one message for an action without a form (remove, transfer, leave, accept, decline). */
export function membershipErrorMessage(t: TFunction, error: unknown): string {
  return membershipProblems(t, error).form ?? t('auth.errors.server');
}
