import type { TFunction } from 'i18next';
import type { City } from '../city/hooks/useCity';
import type { SuggestionReason } from './hooks/usePeopleYouMayKnow';

/**
 * Why a member is suggested, in the reader's language, written from the reason's code and
 * details. A code this client does not know yet (or one without its details) shows the server's
 * own words.
 */
export function reasonText(t: TFunction, reason: SuggestionReason, city: City | undefined): string {
  switch (reason.code) {
    case 'MUTUAL_CONNECTIONS':
      if (reason.count !== null) return t('reasons.mutual', { count: reason.count });
      break;
    case 'NEED_MATCHES_OFFER':
      if (reason.category) {
        return t('reasons.theyOffer', { category: t(`categories.${reason.category}`) });
      }
      break;
    case 'OFFER_MATCHES_NEED':
      if (reason.category) {
        return t('reasons.theyNeed', { category: t(`categories.${reason.category}`) });
      }
      break;
    case 'SAME_SECTOR':
      if (reason.sector) {
        const code = reason.sector;
        const sector =
          city?.sectors.find((candidate) => candidate.code === code)?.name ??
          t('sectors.naics', { code });
        return t('reasons.sameSector', { sector });
      }
      break;
    case 'SAME_NEIGHBORHOOD': {
      const neighborhood = city?.neighborhoods.find(
        (candidate) => candidate.slug === reason.neighborhood,
      )?.name;
      return neighborhood
        ? t('reasons.sameNeighborhood', { neighborhood })
        : t('reasons.sameNeighborhoodUnnamed');
    }
  }
  return reason.text;
}
