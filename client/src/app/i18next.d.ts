import 'i18next';
import type en from '../locales/en.json';

// Translation keys are type-checked against the English file.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
