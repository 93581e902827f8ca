import type { TFunction } from 'i18next';
import {
  authProblems,
  problemMessage,
  standingProblemMessage,
  type AuthProblem,
} from '../auth/errors';
import { NOTE_MAX_LENGTH } from './options';

/** The server names a field by its input path (`input.note`, `note`): the last segment. */
function fieldName(field: string | undefined): string | undefined {
  return field?.replace(/^input\./, '').split('.')[0];
}

export interface ReportProblems {
  reason: string | undefined;
  note: string | undefined;
  /** What no field shows (a refusal, the network), shown above the form. */
  form: string | undefined;
  /** The viewer had reported this already (CONFLICT ALREADY_REPORTED). */
  alreadyReported: boolean;
}

/** Splits a failed report between the dialog's fields and the dialog as a whole. */
export function reportProblems(t: TFunction, error: unknown): ReportProblems {
  const result: ReportProblems = {
    reason: undefined,
    note: undefined,
    form: undefined,
    alreadyReported: false,
  };
  for (const problem of authProblems(error)) {
    const field = fieldName(problem.field);
    if (problem.reason === 'ALREADY_REPORTED') {
      result.alreadyReported = true;
    } else if (problem.code === 'NOT_FOUND') {
      result.form ??= t('report.errors.notFound');
    } else if (problem.code === 'BAD_USER_INPUT' && field === 'targetId') {
      result.form ??= t('report.errors.ownContent');
    } else if (problem.code === 'BAD_USER_INPUT' && field === 'note') {
      result.note ??= noteMessage(t, problem);
    } else if (problem.code === 'BAD_USER_INPUT' && field === 'reason') {
      result.reason ??= t('report.reasonRequired');
    } else {
      result.form ??= problemMessage(t, problem);
    }
  }
  return result;
}

/** A refused note: missing (OTHER needs one), too long, or the server's own words. */
function noteMessage(t: TFunction, problem: AuthProblem): string {
  if (problem.reason?.includes('REQUIRED')) return t('report.noteRequired');
  if (problem.reason?.includes('LONG'))
    return t('report.noteTooLongPlain', { max: NOTE_MAX_LENGTH });
  return problemMessage(t, problem);
}

export interface ModerationProblems {
  reason: string | undefined;
  until: string | undefined;
  /** What no field shows (a refusal, the network, a case gone), shown above the form. */
  form: string | undefined;
}

/** Splits a failed staff action between its dialog's fields and the dialog as a whole. */
export function moderationProblems(t: TFunction, error: unknown): ModerationProblems {
  const result: ModerationProblems = { reason: undefined, until: undefined, form: undefined };
  for (const problem of authProblems(error)) {
    const field = fieldName(problem.field);
    let message: string;
    if (problem.code === 'NOT_FOUND') message = t('moderation.errors.notFound');
    else if (problem.code === 'FORBIDDEN' && !standingProblemMessage(t, problem))
      message = t('moderation.errors.forbidden');
    else message = problemMessage(t, problem);
    if (problem.code === 'BAD_USER_INPUT' && field === 'reason') result.reason ??= message;
    else if (problem.code === 'BAD_USER_INPUT' && field === 'until') result.until ??= message;
    else result.form ??= message;
  }
  return result;
}
