import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { OpportunityCard } from '../hooks/useOpportunitySearch';
import { useCityNames } from '../hooks/useCityNames';
import { amountRange, deadlineText, squareFeet } from '../format';

export interface OpportunitySummary {
  /** Who offers it: the organization, else the member who posted it. */
  by: string | undefined;
  /** "Roxbury, Seaport · Citywide · Remote". */
  place: string | undefined;
  /** The amount range (FUNDING) or the size (SPACE). */
  amount: string | undefined;
  size: string | undefined;
  deadline: string | undefined;
}

/** The facts a card and the detail page show, in the reader's language. */
export function useOpportunitySummary() {
  const { t, i18n } = useTranslation();
  const { neighborhoodName } = useCityNames();
  const locale = currentLanguage(i18n);
  return (opportunity: OpportunityCard): OpportunitySummary => {
    const places = [
      ...(opportunity.neighborhoods.length > 0
        ? [opportunity.neighborhoods.map(neighborhoodName).join(', ')]
        : []),
      ...(opportunity.citywide ? [t('opportunities.citywide')] : []),
      ...(opportunity.remote ? [t('opportunities.remote')] : []),
    ];
    return {
      by: opportunity.organization?.name ?? opportunity.poster?.displayName,
      place: places.length > 0 ? places.join(' · ') : undefined,
      amount:
        opportunity.kind === 'FUNDING'
          ? amountRange(t, locale, opportunity.amountMin, opportunity.amountMax)
          : undefined,
      size:
        opportunity.kind === 'SPACE' && opportunity.sizeSqFt !== null
          ? squareFeet(t, locale, opportunity.sizeSqFt)
          : undefined,
      deadline: opportunity.deadline ? deadlineText(t, locale, opportunity.deadline) : undefined,
    };
  };
}
