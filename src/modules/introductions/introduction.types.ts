/** Where an introduction stands. Declined is shown as NOT_NOW to everyone but the one who declined. */
export const INTRODUCTION_STATUSES = ['PROPOSED', 'COMPLETED', 'DECLINED', 'EXPIRED'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

export const INTRODUCTION_ANSWERS = ['ACCEPTED', 'DECLINED'] as const;
export type IntroductionAnswer = (typeof INTRODUCTION_ANSWERS)[number];

export const INTRODUCTION_EVENTS = [
  'PROPOSED',
  'ACCEPTED',
  'DECLINED',
  'COMPLETED',
  'EXPIRED',
] as const;
export type IntroductionEventKind = (typeof INTRODUCTION_EVENTS)[number];

export { OUTCOME_KINDS, type OutcomeKind } from '../../common/taxonomy/outcomes.js';

export const INTRODUCTION_REQUEST_STATUSES = ['PENDING', 'FORWARDED', 'DECLINED'] as const;
export type IntroductionRequestStatus = (typeof INTRODUCTION_REQUEST_STATUSES)[number];

/** An introduction nobody completed in this long expires. */
export const INTRODUCTION_TTL_DAYS = 14;
