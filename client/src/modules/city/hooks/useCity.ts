import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { CityDocument, type CityQuery } from '../../../generated/graphql';

export type City = CityQuery['city'];

export interface UseCityResult {
  /** The city in the UI language; while another language loads, the previous texts stay shown. */
  city: City | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
  retry: () => void;
}

/** The configured city, with its texts in the language the UI is shown in. */
export function useCity(): UseCityResult {
  const { i18n } = useTranslation();
  const { data, previousData, loading, error, refetch } = useQuery(CityDocument, {
    variables: { locale: currentLanguage(i18n) },
  });

  return {
    city: data?.city ?? previousData?.city,
    loading,
    error,
    retry: () => {
      // A failed retry shows up as the query's `error`; the rejected promise adds nothing.
      refetch().catch(() => undefined);
    },
  };
}
