import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { parseOpenDataCatalog, type OpenDataCatalog } from '../catalog';

type State =
  { status: 'loading' } | { status: 'failed' } | { status: 'loaded'; catalog: OpenDataCatalog };

/** The open-data catalog in the UI language, read again when the language changes. */
export function useOpenDataCatalog() {
  const { i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/open-data/fields.json?locale=${encodeURIComponent(locale)}`, {
      headers: { accept: 'application/json', 'accept-language': locale },
      signal: controller.signal,
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(`fields.json answered ${response.status}`);
        setState({ status: 'loaded', catalog: parseOpenDataCatalog(await response.json()) });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'failed' });
      });
    return () => controller.abort();
  }, [locale, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  return { ...state, retry };
}
