import type { BusinessStage, NeedOfferCategory } from './need-offer-categories.js';
import type { OpportunityKind } from './opportunity-kinds.js';
import type { OutcomeKind } from './outcomes.js';

/**
 * The taxonomies' names in the languages the server writes aggregates in (insights, open data),
 * worded as the client words them (client/src/locales). Counts read as plurals ("Hires").
 */
export interface Localized {
  readonly en: string;
  readonly es: string;
}

/** The text in a locale the labels know; English otherwise. */
export const inLocale = (text: Localized, locale: string): string =>
  locale === 'es' ? text.es : text.en;

export const CATEGORY_LABELS: Record<NeedOfferCategory, Localized> = {
  FUNDING: { en: 'Funding', es: 'Financiación' },
  SPACE: { en: 'Space', es: 'Espacio' },
  TALENT: { en: 'Talent', es: 'Talento' },
  MENTORSHIP: { en: 'Mentorship', es: 'Mentoría' },
  CUSTOMERS_PROCUREMENT: { en: 'Customers and procurement', es: 'Clientes y compras públicas' },
  PERMITS_LICENSING: { en: 'Permits and licensing', es: 'Permisos y licencias' },
  PARTNERSHIPS: { en: 'Partnerships', es: 'Alianzas' },
  EXPORT_INTERNATIONAL: { en: 'Export and international', es: 'Exportación e internacional' },
  TRAINING: { en: 'Training', es: 'Formación' },
  LEGAL_ACCOUNTING: { en: 'Legal and accounting', es: 'Legal y contabilidad' },
  MARKETING_SALES: { en: 'Marketing and sales', es: 'Marketing y ventas' },
  TECHNOLOGY: { en: 'Technology', es: 'Tecnología' },
  SUPPLIERS_MANUFACTURING: { en: 'Suppliers and manufacturing', es: 'Proveedores y fabricación' },
  RESEARCH_UNIVERSITIES: { en: 'Research and universities', es: 'Investigación y universidades' },
  OTHER: { en: 'Other', es: 'Otro' },
};

export const STAGE_LABELS: Record<BusinessStage, Localized> = {
  IDEA: { en: 'Idea', es: 'Idea' },
  PRE_REVENUE: { en: 'Pre-revenue', es: 'Sin ingresos aún' },
  EARLY_REVENUE: { en: 'Early revenue', es: 'Primeros ingresos' },
  GROWTH: { en: 'Growth', es: 'Crecimiento' },
  ESTABLISHED: { en: 'Established', es: 'Consolidada' },
};

export const OPPORTUNITY_KIND_LABELS: Record<OpportunityKind, Localized> = {
  FUNDING: { en: 'Funding', es: 'Financiación' },
  SPACE: { en: 'Space', es: 'Espacio' },
  JOB: { en: 'Job', es: 'Empleo' },
  MENTORSHIP: { en: 'Mentorship or program', es: 'Mentoría o programa' },
  PROCUREMENT: { en: 'Procurement (RFP)', es: 'Contratación (licitación)' },
  EVENT: { en: 'Event', es: 'Evento' },
  PARTNERSHIP: { en: 'Partnership', es: 'Alianza' },
  CITY_SERVICE: { en: 'City service', es: 'Servicio municipal' },
};

export const OUTCOME_LABELS: Record<OutcomeKind, Localized> = {
  MET: { en: 'Meetings', es: 'Reuniones' },
  PARTNERSHIP: { en: 'Partnerships', es: 'Alianzas' },
  HIRE: { en: 'Hires', es: 'Contrataciones' },
  CUSTOMER: { en: 'Customers', es: 'Clientes' },
  FUNDING: { en: 'Funding', es: 'Financiación' },
  SPACE: { en: 'Space', es: 'Espacios' },
  RELOCATION: { en: 'Relocations', es: 'Mudanzas' },
  NONE: { en: 'Nothing yet', es: 'Nada por ahora' },
};

/**
 * Organization types (organizations/organization.types.ts; common/ imports no feature module, so
 * keyed by the type's string here).
 */
export const ORGANIZATION_TYPE_LABELS: Readonly<Record<string, Localized>> = {
  STARTUP: { en: 'Startup', es: 'Startup' },
  SMALL_BUSINESS: { en: 'Small business', es: 'Pequeña empresa' },
  CORPORATION: { en: 'Corporation', es: 'Gran empresa' },
  NON_PROFIT: { en: 'Non-profit', es: 'Organización sin fines de lucro' },
  UNIVERSITY: { en: 'University', es: 'Universidad' },
  INVESTOR: { en: 'Investor', es: 'Inversor' },
  LENDER: { en: 'Lender', es: 'Entidad de crédito' },
  INCUBATOR_ACCELERATOR: { en: 'Incubator or accelerator', es: 'Incubadora o aceleradora' },
  COWORKING: { en: 'Coworking space', es: 'Espacio de coworking' },
  CITY_AGENCY: { en: 'City agency', es: 'Agencia municipal' },
  OTHER: { en: 'Other', es: 'Otro' },
};

/** The bucket of those who stated nothing (no sector, no neighborhood, no stage). */
export const NOT_STATED = 'NONE';
export const NOT_STATED_LABEL: Localized = { en: 'Not stated', es: 'Sin indicar' };
