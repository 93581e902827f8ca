import type { TFunction } from 'i18next';
import type { OpportunityKind, OrganizationType } from '../../generated/graphql';
import type { City } from '../city/hooks/useCity';
import { longDate } from '../introductions/components/format';
import { neighborhoodName, opportunityPlace } from './labels';

/**
 * What search results and matches point at, as far as naming and picturing them goes: each
 * module asks for these fields (and more) in its own fragments.
 */
export type Target =
  | {
      __typename: 'Member';
      handle: string;
      displayName: string;
      headline: string;
      photoUrl: string | null;
    }
  | {
      __typename: 'Organization';
      slug: string;
      name: string;
      type: OrganizationType;
      neighborhood: string | null;
      logoUrl: string | null;
    }
  | {
      __typename: 'Opportunity';
      id: string;
      title: string;
      kind: OpportunityKind;
      deadline: unknown;
      citywide: boolean;
      remote: boolean;
      neighborhoods: readonly string[];
      organization: { name: string; logoUrl: string | null } | null;
      poster: { displayName: string; photoUrl: string | null } | null;
    };

/** Where a target leads: a member's profile, an organization's page, an opportunity. */
export function targetPath(target: Target): string {
  switch (target.__typename) {
    case 'Member':
      return `/m/${target.handle}`;
    case 'Organization':
      return `/o/${target.slug}`;
    case 'Opportunity':
      return `/opportunities/${target.id}`;
  }
}

/** A member's or organization's name, an opportunity's title. */
export function targetName(target: Target): string {
  switch (target.__typename) {
    case 'Member':
      return target.displayName;
    case 'Organization':
      return target.name;
    case 'Opportunity':
      return target.title;
  }
}

/**
 * The line under a target's name: a member's headline; an organization's type and place; who
 * offers an opportunity, where, and until when.
 */
export function targetSummary(
  t: TFunction,
  locale: string,
  city: City | undefined,
  target: Target,
): string {
  let parts: (string | undefined)[];
  switch (target.__typename) {
    case 'Member':
      parts = [target.headline];
      break;
    case 'Organization':
      parts = [
        t(`orgTypes.${target.type}`),
        target.neighborhood ? neighborhoodName(city, target.neighborhood) : undefined,
      ];
      break;
    case 'Opportunity':
      parts = [
        target.organization?.name ?? target.poster?.displayName,
        opportunityPlace(t, city, target),
        target.deadline
          ? t('search.deadline', { date: longDate(locale, target.deadline) })
          : undefined,
      ];
      break;
  }
  return parts.filter(Boolean).join(' · ');
}
