import { createInstance, type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import es from '../locales/es.json';

/** The UI languages; each name is written in its own language, as a switcher should show it. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

/** Where the reader's choice is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'growhere.language';

export const resources = {
  en: { translation: en },
  es: { translation: es },
} as const;

export function isLanguageCode(value: string | undefined): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

/** The supported language an i18n instance resolved to (`es-MX` → `es`), or the default. */
export function currentLanguage(i18n: I18n): LanguageCode {
  const resolved = i18n.resolvedLanguage;
  return isLanguageCode(resolved) ? resolved : DEFAULT_LANGUAGE;
}

/**
 * A fresh i18next instance: the app makes one at start-up, each test its own. The language comes
 * from the saved choice, then the browser, and `<html lang>` follows every change so screen
 * readers and hyphenation use the right language.
 */
export function createI18n(): I18n {
  const i18n = createInstance();
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = isLanguageCode(language) ? language : DEFAULT_LANGUAGE;
  });
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: LANGUAGES.map((language) => language.code),
      nonExplicitSupportedLngs: true,
      fallbackLng: DEFAULT_LANGUAGE,
      // Resources are bundled, so initialise synchronously: no flash of untranslated keys.
      initAsync: false,
      // React already escapes what it renders.
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
    });
  return i18n;
}
