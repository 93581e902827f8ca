import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguageCode, LANGUAGES } from '../../app/i18n';

const options = LANGUAGES.map(({ code, name }) => ({
  value: code,
  // `lang` lets a screen reader pronounce "Español" as Spanish whatever the page language.
  label: <span lang={code}>{name}</span>,
}));

/** A radio group (English / Español); the detector saves the choice in localStorage. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      data={options}
      value={currentLanguage(i18n)}
      onChange={(value) => {
        if (isLanguageCode(value)) void i18n.changeLanguage(value);
      }}
    />
  );
}
