import { NAICS_SECTORS } from '../../common/taxonomy/naics-sectors.js';
import {
  CATEGORY_PHRASES,
  type BusinessStage,
  type NeedOfferCategory,
} from '../../common/taxonomy/need-offer-categories.js';
import type { OpportunityKind, OpportunitySubkind } from '../opportunities/opportunity.types.js';
import type { MatchKind, ReasonFacts } from './match.types.js';

export type Locale = 'en' | 'es';
export const localeOf = (value: string | null | undefined): Locale =>
  value === 'es' ? 'es' : 'en';

/** Whose point of view a reason is written from: a recommendation, or a poster's candidate. */
export type ReasonAudience = MatchKind | 'CANDIDATE';

/** Names the reasons need that only the city knows (its neighborhoods, in each language). */
export type NeighborhoodNames = (slug: string, locale: Locale) => string;

const CATEGORY_PHRASES_ES: Record<NeedOfferCategory, string> = {
  FUNDING: 'financiación',
  SPACE: 'un espacio',
  TALENT: 'talento',
  MENTORSHIP: 'mentoría',
  CUSTOMERS_PROCUREMENT: 'clientes y contratos',
  PERMITS_LICENSING: 'ayuda con permisos y licencias',
  PARTNERSHIPS: 'alianzas',
  EXPORT_INTERNATIONAL: 'ayuda para exportar',
  TRAINING: 'formación',
  LEGAL_ACCOUNTING: 'ayuda legal y contable',
  MARKETING_SALES: 'ayuda con marketing y ventas',
  TECHNOLOGY: 'tecnología',
  SUPPLIERS_MANUFACTURING: 'proveedores y fabricación',
  RESEARCH_UNIVERSITIES: 'socios de investigación',
  OTHER: 'otra ayuda',
};

const STAGES: Record<Locale, Record<BusinessStage, string>> = {
  en: {
    IDEA: 'idea',
    PRE_REVENUE: 'pre-revenue',
    EARLY_REVENUE: 'early-revenue',
    GROWTH: 'growth',
    ESTABLISHED: 'established',
  },
  es: {
    IDEA: 'idea',
    PRE_REVENUE: 'preingresos',
    EARLY_REVENUE: 'primeros ingresos',
    GROWTH: 'crecimiento',
    ESTABLISHED: 'consolidación',
  },
};

/** What an opportunity is, in a few words: its subkind when it has one, else its kind. */
const OFFERINGS: Record<Locale, Record<OpportunityKind | OpportunitySubkind, string>> = {
  en: {
    FUNDING: 'funding',
    SPACE: 'space',
    JOB: 'a job',
    MENTORSHIP: 'mentorship',
    PROCUREMENT: 'a contract',
    EVENT: 'an event',
    PARTNERSHIP: 'a partnership',
    CITY_SERVICE: 'a city service',
    GRANT: 'a grant',
    LOAN: 'a loan',
    EQUITY: 'equity investment',
    OFFICE: 'office space',
    LAB: 'lab space',
    RETAIL: 'retail space',
    KITCHEN: 'kitchen space',
    PROGRAM: 'a programme',
  },
  es: {
    FUNDING: 'financiación',
    SPACE: 'un espacio',
    JOB: 'un empleo',
    MENTORSHIP: 'mentoría',
    PROCUREMENT: 'un contrato',
    EVENT: 'un evento',
    PARTNERSHIP: 'una alianza',
    CITY_SERVICE: 'un servicio municipal',
    GRANT: 'una subvención',
    LOAN: 'un préstamo',
    EQUITY: 'inversión de capital',
    OFFICE: 'una oficina',
    LAB: 'un laboratorio',
    RETAIL: 'un local comercial',
    KITCHEN: 'una cocina',
    PROGRAM: 'un programa',
  },
};

const SECTORS = new Map(NAICS_SECTORS.map((sector) => [sector.code, sector.name]));

function category(value: NeedOfferCategory | undefined, locale: Locale): string {
  if (!value) return '';
  return locale === 'es' ? CATEGORY_PHRASES_ES[value] : CATEGORY_PHRASES[value];
}

function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const quoted = (text: string, locale: Locale) => (locale === 'es' ? `«${text}»` : `“${text}”`);

/** Whole days left before a deadline, at least one. */
export function daysLeft(deadline: Date, now: Date): number {
  return Math.max(1, Math.ceil((deadline.getTime() - now.getTime()) / (24 * 60 * 60 * 1000)));
}

/**
 * A reason in plain words, in English or Spanish, written only from its code and facts (the
 * client may write its own from the same facts).
 */
export function reasonText(
  reason: ReasonFacts,
  locale: Locale,
  audience: ReasonAudience,
  neighborhoods: NeighborhoodNames,
  now: Date = new Date(),
): string {
  const es = locale === 'es';
  const what = category(reason.category, locale);
  const sector = reason.sector ? (SECTORS.get(reason.sector)?.[locale] ?? reason.sector) : '';
  const stage = reason.stage ? STAGES[locale][reason.stage] : '';
  const place = reason.neighborhood ? neighborhoods(reason.neighborhood, locale) : '';
  switch (reason.code) {
    case 'NEED_MATCHES_OFFER': {
      if (reason.opportunityKind) {
        const offering =
          OFFERINGS[locale][reason.opportunitySubkind ?? reason.opportunityKind] ?? '';
        const title = reason.offerText ? `: ${quoted(reason.offerText, locale)}` : '';
        return es
          ? `Necesitas ${what}; ofrecen ${offering}${title}`
          : `You need ${what}; they offer ${offering}${title}`;
      }
      if (reason.offerText) {
        return es
          ? `Necesitas ${what}; ofrecen ${quoted(reason.offerText, locale)}`
          : `You need ${what}; they offer ${quoted(reason.offerText, locale)}`;
      }
      return es ? `Necesitas ${what}; lo ofrecen` : `You need ${what}; they offer it`;
    }
    case 'OFFER_MATCHES_NEED': {
      const theirs = reason.needText ? ` (${quoted(reason.needText, locale)})` : '';
      if (audience === 'CANDIDATE') {
        return es
          ? `Necesitan ${what}${theirs}; tu oportunidad lo ofrece`
          : `They need ${what}${theirs}; your opportunity offers it`;
      }
      return es
        ? `Necesitan ${what}${theirs}; tú lo ofreces`
        : `They need ${what}${theirs}; you offer it`;
    }
    case 'SAME_SECTOR':
      if (audience === 'OPPORTUNITY') return es ? `Pensada para ${sector}` : `Meant for ${sector}`;
      if (audience === 'CANDIDATE') {
        return es
          ? `En ${sector}, el sector al que se dirige`
          : `In ${sector}, which it is meant for`;
      }
      return es ? `También en ${sector}` : `Also in ${sector}`;
    case 'STAGE_FIT':
      switch (audience) {
        case 'OPPORTUNITY':
          return es
            ? `Pensada para empresas en etapa de ${stage}, como la tuya`
            : `Meant for ${stage} businesses like yours`;
        case 'ORGANIZATION':
          return es
            ? `Tiene programas para empresas en etapa de ${stage}, como la tuya`
            : `Runs programmes for ${stage} businesses like yours`;
        case 'CANDIDATE':
          return es
            ? `En etapa de ${stage}, a la que se dirige`
            : `At the ${stage} stage, which it is meant for`;
        default:
          return es
            ? `En etapa de ${stage}, cercana a la tuya`
            : `At the ${stage} stage, close to yours`;
      }
    case 'SAME_NEIGHBORHOOD':
      if (audience === 'CANDIDATE') {
        return es ? `En ${place}, donde se ofrece` : `In ${place}, where it is offered`;
      }
      return es ? `En tu barrio, ${place}` : `In your neighborhood, ${place}`;
    case 'SHARED_LANGUAGE': {
      const name = languageName(reason.language ?? '', locale);
      return es ? `Ambos hablan ${name}` : `You both speak ${name}`;
    }
    case 'MUTUAL_CONNECTIONS': {
      const count = reason.count ?? 0;
      if (es) return count === 1 ? '1 conexión en común' : `${count} conexiones en común`;
      return count === 1 ? '1 mutual connection' : `${count} mutual connections`;
    }
    case 'CONNECTOR_CAN_INTRODUCE': {
      const count = reason.count ?? 1;
      if (es) {
        return count > 1
          ? `${count} conectores que conoces pueden presentarlos`
          : 'Un conector que conoces puede presentarlos';
      }
      return count > 1
        ? `${count} connectors you know can introduce you`
        : 'A connector you know can introduce you';
    }
    case 'DEADLINE_SOON': {
      const days = reason.deadline ? daysLeft(reason.deadline, now) : 0;
      if (es) return days === 1 ? 'El plazo termina en 1 día' : `El plazo termina en ${days} días`;
      return days === 1 ? 'Deadline in 1 day' : `Deadline in ${days} days`;
    }
  }
}
