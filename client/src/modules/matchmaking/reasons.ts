import type { TFunction } from 'i18next';
import type { NeedOfferCategory } from '../../generated/graphql';
import type { City } from '../city/hooks/useCity';
import { longDate } from '../introductions/components/format';
import { languageName } from '../ui/displayNames';
import type { MatchConnector, MatchReason, MatchTarget } from './hooks/useRecommendations';

/** Sentences change a little with what is matched: a person, an organization, an opportunity. */
type Context = 'person' | 'organization' | 'opportunity';

function contextOf(target: MatchTarget): Context {
  switch (target.__typename) {
    case 'Member':
      return 'person';
    case 'Organization':
      return 'organization';
    case 'Opportunity':
      return 'opportunity';
  }
}

/** A category inside a sentence: "You need funding", not "You need Funding". */
function categoryInSentence(t: TFunction, locale: string, category: NeedOfferCategory): string {
  return t(`categories.${category}`).toLocaleLowerCase(locale);
}

/**
 * Why something is matched to the viewer, in the reader's language, written from the reason's
 * code and details. A code this client does not know (or one missing its details) shows the
 * server's own words.
 */
export function matchReasonText(
  t: TFunction,
  locale: string,
  reason: MatchReason,
  match: { target: MatchTarget; connectors: readonly MatchConnector[] },
  city: City | undefined,
): string {
  const context = contextOf(match.target);
  switch (reason.code) {
    case 'NEED_MATCHES_OFFER':
      if (reason.category) {
        const category = categoryInSentence(t, locale, reason.category);
        return reason.offerText
          ? t('matchReasons.needMatchesOfferQuoted', { context, category, offer: reason.offerText })
          : t('matchReasons.needMatchesOffer', { context, category });
      }
      break;
    case 'OFFER_MATCHES_NEED':
      if (reason.category) {
        const category = categoryInSentence(t, locale, reason.category);
        return t('matchReasons.offerMatchesNeed', { context, category });
      }
      break;
    case 'SAME_SECTOR':
      if (reason.sector) {
        const code = reason.sector;
        const sector =
          city?.sectors.find((candidate) => candidate.code === code)?.name ??
          t('sectors.naics', { code });
        return t('matchReasons.sameSector', { context, sector });
      }
      break;
    case 'SAME_NEIGHBORHOOD': {
      const neighborhood = city?.neighborhoods.find(
        (candidate) => candidate.slug === reason.neighborhood,
      )?.name;
      return neighborhood
        ? t('matchReasons.sameNeighborhood', { context, neighborhood })
        : t('matchReasons.sameNeighborhoodUnnamed');
    }
    case 'MUTUAL_CONNECTIONS':
      if (reason.count !== null) return t('matchReasons.mutual', { count: reason.count });
      break;
    case 'CONNECTOR_CAN_INTRODUCE': {
      const [first, ...others] = match.connectors;
      if (!first) return t('matchReasons.connectorCanIntroduce');
      return others.length === 0
        ? t('matchReasons.connectorNamed', { name: first.displayName })
        : t('matchReasons.connectorsNamed', { name: first.displayName, count: others.length });
    }
    case 'DEADLINE_SOON':
      if (reason.deadline) {
        return t('matchReasons.deadlineSoon', { date: longDate(locale, reason.deadline) });
      }
      break;
    case 'STAGE_FIT':
      if (reason.stage) {
        return t('matchReasons.stageFit', { context, stage: t(`stages.${reason.stage}`) });
      }
      break;
    case 'SHARED_LANGUAGE':
      if (reason.language) {
        return t('matchReasons.sharedLanguage', {
          context,
          language: languageName(locale, reason.language),
        });
      }
      break;
  }
  return reason.text;
}
