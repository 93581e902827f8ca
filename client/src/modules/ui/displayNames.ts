/**
 * Language and country names in the UI language, from the browser's own CLDR data, so neither
 * list needs translating by hand.
 */
function displayName(locale: string, type: 'language' | 'region', code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(locale: string, code: string): string {
  return displayName(locale, 'language', code);
}

export function countryName(locale: string, code: string): string {
  return displayName(locale, 'region', code);
}

/** Languages offered on profiles: the city's most spoken ones first, then widely spoken others. */
export const PROFILE_LANGUAGES = [
  'en',
  'es',
  'pt',
  'ht',
  'zh',
  'vi',
  'kea',
  'ar',
  'fr',
  'ru',
  'so',
  'it',
  'el',
  'pl',
  'ko',
  'ja',
  'hi',
  'bn',
  'de',
  'tr',
  'uk',
  'fa',
  'am',
  'sw',
  'yo',
  'tl',
  'he',
  'ne',
  'km',
  'ur',
] as const;

// Codes CLDR names that are not current countries: groupings (EU, UN), pseudo-locales, special
// areas and withdrawn codes (Burma's BU, the USSR's SU, Zaire's ZR…).
const NOT_COUNTRIES = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(
    ' ',
  ),
);

let countryCodes: string[] | undefined;

/** ISO 3166-1 alpha-2 codes CLDR can name, found once by asking for every two-letter code. */
export function allCountryCodes(): string[] {
  if (!countryCodes) {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    countryCodes = [];
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        if (NOT_COUNTRIES.has(code)) continue;
        let name: string | undefined;
        try {
          name = names.of(code);
        } catch {
          name = undefined;
        }
        if (name && name !== code) countryCodes.push(code);
      }
    }
  }
  return countryCodes;
}

/** Up to two initials for a picture's placeholder: "Ana López" → "AL". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => Array.from(word)[0]?.toUpperCase() ?? '')
    .join('');
}
