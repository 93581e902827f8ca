import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { NAICS_SECTOR_CODES } from '../common/taxonomy/naics-sectors.js';
import { OPPORTUNITY_KINDS } from '../common/taxonomy/opportunity-kinds.js';
import { ConfigError } from './config.error.js';
import { projectRoot } from './project-root.js';

export const PITCH_TOPICS = [
  'TALENT',
  'UNIVERSITIES',
  'CAPITAL',
  'INDUSTRIES',
  'QUALITY_OF_LIFE',
] as const;
export type PitchTopicKey = (typeof PITCH_TOPICS)[number];

const localeCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as en or es');

/** A text either the same in every language, or given per language code. */
const localizedText = z.union(
  [z.string().trim().min(1), z.record(localeCode, z.string().trim().min(1))],
  { error: 'must be a non-empty text or an object of language code to text' },
);
export type LocalizedText = z.infer<typeof localizedText>;

const wholeNumber = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(0, 'must not be negative');

export const SPAM_DEFENSE_DEFAULTS = {
  newAccountDays: 7,
  dailyLimits: { connectionRequests: 20, messages: 50, opportunities: 3, introductions: 10 },
  maxProfileLinks: 2,
  minFormSeconds: 3,
  burst: { count: 10, windowSeconds: 60 },
};

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug like back-bay');

const citySchema = z
  .strictObject({
    slug,
    name: localizedText,
    tagline: localizedText,
    defaultLocale: localeCode,
    locales: z.array(localeCode).min(1, 'must list at least one language'),
    featuredSectors: z
      .array(
        z.string().refine((code) => NAICS_SECTOR_CODES.has(code), {
          message: 'must be a NAICS 2-digit sector code such as 54 or 31-33',
        }),
      )
      .default([]),
    neighborhoods: z
      .array(z.strictObject({ slug, name: localizedText }))
      .min(1, 'must list at least one neighborhood'),
    pitch: z
      .array(
        z.strictObject({
          topic: z.enum(PITCH_TOPICS, { error: `must be one of ${PITCH_TOPICS.join(', ')}` }),
          title: localizedText,
          summary: localizedText,
          facts: z
            .array(
              z.strictObject({
                value: localizedText,
                label: localizedText,
                source: z.strictObject({
                  name: z.string().trim().min(1),
                  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
                }),
              }),
            )
            .min(1, 'must give at least one fact with its source'),
        }),
      )
      .min(1, 'must have at least one section'),
    /**
     * Opportunities that city staff review before anyone sees them: from posters (members or
     * organizations) who never had one published, and/or of some kinds. No review by default.
     */
    opportunityReview: z
      .strictObject({
        newPosters: z.boolean().default(false),
        kinds: z
          .array(
            z.enum(OPPORTUNITY_KINDS, { error: `must be one of ${OPPORTUNITY_KINDS.join(', ')}` }),
          )
          .default([]),
      })
      .default({ newPosters: false, kinds: [] }),
    /** Reports and moderation: how many distinct members' reports hide content until staff decide. */
    moderation: z
      .strictObject({
        autoHideAfterReports: z
          .number({ error: 'must be a whole number of at least 1' })
          .int('must be a whole number of at least 1')
          .min(1, 'must be a whole number of at least 1')
          .default(3),
      })
      .default({ autoHideAfterReports: 3 }),
    /**
     * Limits on new (younger than `newAccountDays`) or unverified accounts, where spam comes
     * from; established members never meet them. See src/modules/standing.
     */
    spamDefense: z
      .strictObject({
        newAccountDays: wholeNumber.default(SPAM_DEFENSE_DEFAULTS.newAccountDays),
        /** What such an account may do in any 24 hours. */
        dailyLimits: z
          .strictObject({
            connectionRequests: wholeNumber.default(
              SPAM_DEFENSE_DEFAULTS.dailyLimits.connectionRequests,
            ),
            messages: wholeNumber.default(SPAM_DEFENSE_DEFAULTS.dailyLimits.messages),
            opportunities: wholeNumber.default(SPAM_DEFENSE_DEFAULTS.dailyLimits.opportunities),
            introductions: wholeNumber.default(SPAM_DEFENSE_DEFAULTS.dailyLimits.introductions),
          })
          .default(SPAM_DEFENSE_DEFAULTS.dailyLimits),
        /** Links in a profile, an organization or an opportunity: listed ones and ones in text. */
        maxProfileLinks: wholeNumber.default(SPAM_DEFENSE_DEFAULTS.maxProfileLinks),
        /** A sign-up form sent sooner than this after it was shown is a robot's. */
        minFormSeconds: z
          .number({ error: 'must be a number of seconds' })
          .min(0, 'must not be negative')
          .default(SPAM_DEFENSE_DEFAULTS.minFormSeconds),
        /** This many actions of one kind within the window go to the moderation queue. */
        burst: z
          .strictObject({
            count: wholeNumber
              .min(2, 'must be at least 2')
              .default(SPAM_DEFENSE_DEFAULTS.burst.count),
            windowSeconds: wholeNumber
              .min(1, 'must be at least 1')
              .default(SPAM_DEFENSE_DEFAULTS.burst.windowSeconds),
          })
          .default(SPAM_DEFENSE_DEFAULTS.burst),
      })
      .default(SPAM_DEFENSE_DEFAULTS),
  })
  .superRefine((city, ctx) => {
    if (!city.locales.includes(city.defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: 'must be one of locales' });
    }
    const requireDefault = (text: LocalizedText, at: (string | number)[]) => {
      if (typeof text !== 'string' && !(city.defaultLocale in text)) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, city.defaultLocale],
          message: `is required (the default locale)`,
        });
      }
    };
    const unique = (values: string[], at: string, what: string) => {
      const seen = new Set<string>();
      values.forEach((value, index) => {
        if (seen.has(value)) {
          ctx.addIssue({ code: 'custom', path: [at, index], message: `repeats ${what} ${value}` });
        }
        seen.add(value);
      });
    };
    requireDefault(city.name, ['name']);
    requireDefault(city.tagline, ['tagline']);
    city.neighborhoods.forEach((n, i) => requireDefault(n.name, ['neighborhoods', i, 'name']));
    city.pitch.forEach((section, i) => {
      requireDefault(section.title, ['pitch', i, 'title']);
      requireDefault(section.summary, ['pitch', i, 'summary']);
      section.facts.forEach((fact, j) => {
        requireDefault(fact.value, ['pitch', i, 'facts', j, 'value']);
        requireDefault(fact.label, ['pitch', i, 'facts', j, 'label']);
      });
    });
    unique(
      city.neighborhoods.map((n) => n.slug),
      'neighborhoods',
      'the neighborhood',
    );
    unique(
      city.pitch.map((s) => s.topic),
      'pitch',
      'the topic',
    );
    unique(city.locales, 'locales', 'the language');
  });

export type CityProfile = z.infer<typeof citySchema>;
export type SpamDefense = CityProfile['spamDefense'];

/** Reads and checks a city profile file; a malformed one fails with the file and the field. */
export function loadCityProfile(file: string): CityProfile {
  const shown = path.relative(projectRoot, file) || file;
  const prefix = `City file ${shown.startsWith('..') ? file : shown}: `;
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${prefix}cannot be read (${code ?? 'unknown error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`${prefix}is not valid JSON (${(error as Error).message})`);
  }
  const parsed = citySchema.safeParse(json);
  if (!parsed.success) throw ConfigError.fromIssue(parsed.error.issues[0], json, prefix);
  return parsed.data;
}

/** The text in the given locale, falling back to the city's default. */
export function localize(text: LocalizedText, locale: string, fallback: string): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text[fallback] ?? '';
}
