import type { TFunction } from 'i18next';
import type {
  Audience,
  BusinessStage,
  FieldVisibility,
  UpdateProfileInput,
} from '../../generated/graphql';
import { HANDLE_PATTERN } from '../auth/validation';
import {
  newRowKey,
  toStatementInputs,
  toStatementRows,
  type StatementRow,
} from '../statements/categories';
import type { MemberProfile } from './hooks/useMember';

export const MAX_SECTORS = 5;
export const MAX_LINKS = 5;
export const MAX_LANGUAGES = 10;

export const STAGES: readonly BusinessStage[] = [
  'IDEA',
  'PRE_REVENUE',
  'EARLY_REVENUE',
  'GROWTH',
  'ESTABLISHED',
];
export const VISIBILITIES: readonly FieldVisibility[] = [
  'PUBLIC',
  'MEMBERS',
  'CONNECTIONS',
  'PRIVATE',
];
export const AUDIENCES: readonly Audience[] = ['ANYONE', 'SECOND_DEGREE', 'NOBODY'];

/** The value of the neighborhood Select that reveals city and country. */
export const ELSEWHERE = '__elsewhere';

export interface LinkRow {
  key: string;
  label: string;
  url: string;
}

/** Everything the profile form edits, as the controls hold it. */
export interface ProfileDraft {
  displayName: string;
  handle: string;
  headline: string;
  bio: string;
  sectors: string[];
  stage: BusinessStage | null;
  languages: string[];
  /** A neighborhood slug, ELSEWHERE, or null for not set. */
  neighborhood: string | null;
  homeCity: string;
  homeCountry: string | null;
  consideringLocating: boolean;
  needs: StatementRow[];
  offers: StatementRow[];
  phone: string;
  links: LinkRow[];
  visibility: Record<'email' | 'phone' | 'links' | 'location', FieldVisibility>;
  privacy: { connectionRequests: Audience; messages: Audience; searchEngineIndexing: boolean };
}

export function draftFromMember(member: MemberProfile): ProfileDraft {
  const location = member.location;
  const elsewhere = !location?.neighborhood && Boolean(location?.city || location?.country);
  return {
    displayName: member.displayName,
    handle: member.handle,
    headline: member.headline,
    bio: member.bio,
    sectors: [...member.sectors],
    stage: member.stage,
    languages: [...member.languages],
    neighborhood: elsewhere ? ELSEWHERE : (location?.neighborhood ?? null),
    homeCity: location?.city ?? '',
    homeCountry: location?.country ?? null,
    consideringLocating: member.consideringLocating,
    needs: toStatementRows(member.needs),
    offers: toStatementRows(member.offers),
    phone: member.phone ?? '',
    links: (member.links ?? []).map(({ label, url }) => ({ key: newRowKey(), label, url })),
    visibility: {
      email: member.visibility?.email ?? 'MEMBERS',
      phone: member.visibility?.phone ?? 'PRIVATE',
      links: member.visibility?.links ?? 'PUBLIC',
      location: member.visibility?.location ?? 'MEMBERS',
    },
    privacy: {
      connectionRequests: member.privacy?.connectionRequests ?? 'ANYONE',
      messages: member.privacy?.messages ?? 'ANYONE',
      searchEngineIndexing: member.privacy?.searchEngineIndexing ?? false,
    },
  };
}

/** Where the member is, as `updateProfile` takes it: a neighborhood, or a city and country. */
export function locationInput(
  neighborhood: string | null,
  homeCity: string,
  homeCountry: string | null,
): Pick<UpdateProfileInput, 'neighborhood' | 'homeCity' | 'homeCountry'> {
  if (neighborhood !== ELSEWHERE) return { neighborhood };
  const city = homeCity.trim();
  return {
    neighborhood: null,
    ...(city ? { homeCity: city } : {}),
    ...(homeCountry ? { homeCountry } : {}),
  };
}

export function toUpdateProfileInput(draft: ProfileDraft): UpdateProfileInput {
  return {
    displayName: draft.displayName.trim(),
    handle: draft.handle.trim().toLowerCase(),
    headline: draft.headline.trim(),
    bio: draft.bio.trim(),
    sectors: draft.sectors,
    stage: draft.stage,
    languages: draft.languages,
    ...locationInput(draft.neighborhood, draft.homeCity, draft.homeCountry),
    consideringLocating: draft.consideringLocating,
    needs: toStatementInputs(draft.needs),
    offers: toStatementInputs(draft.offers),
    phone: draft.phone.trim(),
    links: draft.links
      .filter((link) => link.label.trim() || link.url.trim())
      .map((link) => ({ label: link.label.trim(), url: link.url.trim() })),
    visibility: draft.visibility,
    privacy: draft.privacy,
  };
}

/** Rows that say nothing are dropped on save, so they are numbered as the server will see them. */
function keptRows<Row>(rows: readonly Row[], blank: (row: Row) => boolean) {
  return rows.flatMap((row, index) => (blank(row) ? [] : [{ row, index }]));
}

/**
 * The mistakes caught before a round trip, keyed like the server's field paths but by the row's
 * position on screen, so each message lands on its control.
 */
export function validateDraft(t: TFunction, draft: ProfileDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.displayName.trim()) errors.displayName = t('auth.errors.displayNameRequired');
  if (!HANDLE_PATTERN.test(draft.handle.trim().toLowerCase()))
    errors.handle = t('auth.errors.handleInvalid');
  for (const kind of ['needs', 'offers'] as const) {
    for (const { row, index } of keptRows(
      draft[kind],
      (row) => row.category === null && !row.text.trim(),
    )) {
      if (row.category === null) errors[`${kind}.${index}.category`] = t('profileForm.required');
      if (!row.text.trim()) errors[`${kind}.${index}.text`] = t('statements.textRequired');
    }
  }
  for (const { row, index } of keptRows(
    draft.links,
    (row) => !row.label.trim() && !row.url.trim(),
  )) {
    if (!row.label.trim()) errors[`links.${index}.label`] = t('profileForm.required');
    if (!/^https?:\/\/\S+\.\S+/.test(row.url.trim()))
      errors[`links.${index}.url`] = t('profileForm.urlInvalid');
  }
  return errors;
}

/**
 * Server paths count only the rows that were sent; `screenPath` maps `needs.1.text` back to the
 * row on screen when blank rows were dropped before it.
 */
export function screenPath(draft: ProfileDraft, path: string): string {
  const match = /^(needs|offers|links)\.(\d+)(.*)$/.exec(path);
  if (!match) return path;
  const [, kind, sent, rest] = match;
  const kept =
    kind === 'links'
      ? keptRows(draft.links, (row) => !row.label.trim() && !row.url.trim())
      : keptRows(
          draft[kind as 'needs' | 'offers'],
          (row) => row.category === null && !row.text.trim(),
        );
  const onScreen = kept[Number(sent)]?.index ?? Number(sent);
  return `${kind}.${onScreen}${rest}`;
}
