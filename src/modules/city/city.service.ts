import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { localize, type CityProfile } from '../../config/city-profile.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { NAICS_SECTORS } from '../../common/taxonomy/naics-sectors.js';
import { CityErrorCode, CityException } from './city.exception.js';
import type { City, Language } from './city.model.js';

/** The configured city profile, rendered in one of its languages. */
@Injectable()
export class CityService {
  private readonly profile: CityProfile;
  private readonly rendered = new Map<string, City>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.profile = config.city;
  }

  hasNeighborhood(slug: string): boolean {
    return this.profile.neighborhoods.some((n) => n.slug === slug);
  }

  /** Which new opportunities wait for staff review before they are published. */
  get opportunityReview(): CityProfile['opportunityReview'] {
    return this.profile.opportunityReview;
  }

  /** How many distinct members' reports hide content until staff decide. */
  get moderation(): CityProfile['moderation'] {
    return this.profile.moderation;
  }

  get locales(): readonly string[] {
    return this.profile.locales;
  }

  city(locale?: string): City {
    const target = locale ?? this.profile.defaultLocale;
    if (!this.profile.locales.includes(target)) {
      throw new CityException(
        CityErrorCode.LOCALE_NOT_SUPPORTED,
        `locale must be one of ${this.profile.locales.join(', ')}`,
        'locale',
      );
    }
    let city = this.rendered.get(target);
    if (!city) {
      city = this.render(target);
      this.rendered.set(target, city);
    }
    return city;
  }

  private render(locale: string): City {
    const { profile } = this;
    const text = (value: Parameters<typeof localize>[0]) =>
      localize(value, locale, profile.defaultLocale);
    const featured = new Set(profile.featuredSectors);
    return {
      slug: profile.slug,
      name: text(profile.name),
      tagline: text(profile.tagline),
      locale,
      defaultLocale: profile.defaultLocale,
      languages: profile.locales.map(languageOf),
      neighborhoods: profile.neighborhoods.map((n) => ({ slug: n.slug, name: text(n.name) })),
      sectors: NAICS_SECTORS.map((sector) => ({
        code: sector.code,
        name: locale === 'es' ? sector.name.es : sector.name.en,
        featured: featured.has(sector.code),
      })).sort((a, b) => Number(b.featured) - Number(a.featured)),
      pitch: profile.pitch.map((section) => ({
        key: section.topic,
        title: text(section.title),
        summary: text(section.summary),
        facts: section.facts.map((fact) => ({
          value: text(fact.value),
          label: text(fact.label),
          source: { ...fact.source },
        })),
      })),
    };
  }
}

function languageOf(code: string): Language {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return { code, name: name.charAt(0).toLocaleUpperCase(code) + name.slice(1) };
}
