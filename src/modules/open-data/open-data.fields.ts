import {
  BUSINESS_STAGES,
  NEED_OFFER_CATEGORIES,
} from '../../common/taxonomy/need-offer-categories.js';
import type { Localized } from '../../common/taxonomy/labels.js';
import { OPPORTUNITY_KINDS } from '../../common/taxonomy/opportunity-kinds.js';
import { OPPORTUNITY_SUBKIND_VALUES } from '../opportunities/opportunity.types.js';
import { ORGANIZATION_TYPES, SIZE_BANDS } from '../organizations/organization.types.js';

/**
 * How a field is written. In JSON: string, integer, boolean, date (YYYY-MM-DD), date-time
 * (ISO 8601, UTC), url (a string), list (an array of strings). In CSV every field is text: a list
 * is its items joined by ";", a boolean true or false, an empty field is null.
 */
export type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'date-time' | 'url' | 'list';

export interface FieldDoc {
  readonly name: string;
  readonly type: FieldType;
  /** May be null (empty in CSV). */
  readonly nullable: boolean;
  readonly description: Localized;
  /** The values it takes, for the fields from a fixed list. */
  readonly values?: readonly string[];
}

export interface DatasetDoc {
  readonly name: string;
  readonly files: readonly string[];
  readonly title: Localized;
  readonly description: Localized;
  readonly fields: readonly FieldDoc[];
  /** The statistics tables (stats only). */
  readonly tables?: readonly {
    key: string;
    unit: string;
    suppressed: boolean;
    title: Localized;
    description: Localized;
  }[];
}

const field = (
  name: string,
  type: FieldType,
  en: string,
  es: string,
  options: { nullable?: boolean; values?: readonly string[] } = {},
): FieldDoc => ({
  name,
  type,
  nullable: options.nullable ?? false,
  description: { en, es },
  ...(options.values ? { values: options.values } : {}),
});

export const ORGANIZATION_FIELDS: readonly FieldDoc[] = [
  field(
    'slug',
    'string',
    'The organization’s unique short name on GrowHere; its page is /o/{slug}.',
    'El nombre corto y único de la organización en GrowHere; su página es /o/{slug}.',
  ),
  field('name', 'string', 'Its name.', 'Su nombre.'),
  field('type', 'string', 'What kind of organization it is.', 'Qué tipo de organización es.', {
    values: ORGANIZATION_TYPES,
  }),
  field(
    'sectors',
    'list',
    'The NAICS 2-digit sector codes it works in (e.g. 54 or 31-33).',
    'Los códigos de sector NAICS de 2 dígitos en los que trabaja (p. ej. 54 o 31-33).',
  ),
  field(
    'neighborhood',
    'string',
    'The slug of the city neighborhood it is in, when it said.',
    'El identificador del barrio de la ciudad donde está, si lo indicó.',
    { nullable: true },
  ),
  field('website', 'url', 'Its website.', 'Su sitio web.', { nullable: true }),
  field(
    'description',
    'string',
    'What it does, in its own words.',
    'Lo que hace, en sus propias palabras.',
  ),
  field('foundedYear', 'integer', 'The year it was founded.', 'El año de su fundación.', {
    nullable: true,
  }),
  field('sizeBand', 'string', 'How many people work there.', 'Cuántas personas trabajan allí.', {
    nullable: true,
    values: SIZE_BANDS,
  }),
  field(
    'verifiedOn',
    'date',
    'The day (UTC) city staff verified it. Only verified organizations are published.',
    'El día (UTC) en que el personal municipal la verificó. Solo se publican las organizaciones verificadas.',
  ),
  field(
    'url',
    'url',
    'Its page on GrowHere (a path when the server does not know its public address).',
    'Su página en GrowHere (una ruta si el servidor no conoce su dirección pública).',
  ),
];

export const OPPORTUNITY_FIELDS: readonly FieldDoc[] = [
  field('id', 'string', 'Its identifier (a UUID).', 'Su identificador (un UUID).'),
  field('title', 'string', 'Its title.', 'Su título.'),
  field('kind', 'string', 'What it offers.', 'Lo que ofrece.', { values: OPPORTUNITY_KINDS }),
  field(
    'subkind',
    'string',
    'The finer kind: a grant, loan or equity for FUNDING; an office, lab, retail or kitchen for SPACE; mentorship or a program for MENTORSHIP.',
    'El tipo más preciso: subvención, préstamo o capital para FUNDING; oficina, laboratorio, local o cocina para SPACE; mentoría o programa para MENTORSHIP.',
    { nullable: true, values: OPPORTUNITY_SUBKIND_VALUES },
  ),
  field(
    'description',
    'string',
    'What it is, in Markdown as its poster wrote it.',
    'Qué es, en Markdown tal como lo escribió quien lo publicó.',
  ),
  field('eligibility', 'string', 'Who may apply, in plain words.', 'Quién puede postularse.'),
  field(
    'categories',
    'list',
    'The needs it answers, in the categories member profiles use.',
    'Las necesidades que responde, con las categorías de los perfiles.',
    { values: NEED_OFFER_CATEGORIES },
  ),
  field(
    'sectors',
    'list',
    'The NAICS sector codes it is meant for; empty means any sector.',
    'Los códigos de sector NAICS a los que se dirige; vacío significa cualquier sector.',
  ),
  field(
    'stages',
    'list',
    'The business stages it is meant for; empty means any stage.',
    'Las etapas de negocio a las que se dirige; vacío significa cualquier etapa.',
    { values: BUSINESS_STAGES },
  ),
  field(
    'neighborhoods',
    'list',
    'The slugs of the city neighborhoods it is for; empty when citywide or remote.',
    'Los identificadores de los barrios a los que se dirige; vacío si es para toda la ciudad o en remoto.',
  ),
  field('citywide', 'boolean', 'For the whole city.', 'Para toda la ciudad.'),
  field('remote', 'boolean', 'Can be done remotely.', 'Se puede hacer en remoto.'),
  field(
    'amountMin',
    'integer',
    'FUNDING: the smallest amount, in whole units of the city’s currency.',
    'FUNDING: el importe mínimo, en unidades enteras de la moneda de la ciudad.',
    { nullable: true },
  ),
  field(
    'amountMax',
    'integer',
    'FUNDING: the largest amount, in whole units of the city’s currency.',
    'FUNDING: el importe máximo, en unidades enteras de la moneda de la ciudad.',
    { nullable: true },
  ),
  field(
    'sizeSqFt',
    'integer',
    'SPACE: its size in square feet.',
    'SPACE: su superficie en pies cuadrados.',
    {
      nullable: true,
    },
  ),
  field(
    'deadline',
    'date-time',
    'When it closes; it is no longer published after.',
    'Cuándo cierra; después deja de publicarse.',
    { nullable: true },
  ),
  field('externalUrl', 'url', 'Where to apply or read more.', 'Dónde postularse o saber más.', {
    nullable: true,
  }),
  field(
    'publishedOn',
    'date',
    'The day (UTC) it was published.',
    'El día (UTC) en que se publicó.',
  ),
  field(
    'organization',
    'string',
    'The slug of the organization that offers it, one of organizations.json; null when a member posted it for themselves (members are never named in open data) or when the organization is not verified.',
    'El identificador de la organización que la ofrece, una de organizations.json; nulo si un miembro la publicó por su cuenta (los miembros nunca se nombran en los datos abiertos) o si la organización no está verificada.',
    { nullable: true },
  ),
  field(
    'organizationName',
    'string',
    'The name of that organization.',
    'El nombre de esa organización.',
    { nullable: true },
  ),
  field('url', 'url', 'Its page on GrowHere.', 'Su página en GrowHere.'),
];

/** The statistics tables, each documented; every one is a partition (each counted once). */
export const STATS_TABLES = {
  members_by_sector: {
    unit: 'people',
    suppressed: true,
    title: { en: 'Members by main sector', es: 'Miembros por sector principal' },
    description: {
      en: 'Members by the first NAICS sector they list; NONE for those who list none.',
      es: 'Miembros según el primer sector NAICS que indican; NONE para quienes no indican ninguno.',
    },
  },
  members_by_neighborhood: {
    unit: 'people',
    suppressed: true,
    title: { en: 'Members by neighborhood', es: 'Miembros por barrio' },
    description: {
      en: 'Members by their neighborhood of the city; NONE for those elsewhere, who did not say, or who keep their location private.',
      es: 'Miembros según su barrio de la ciudad; NONE para quienes están fuera, no lo indicaron o mantienen su ubicación privada.',
    },
  },
  members_by_stage: {
    unit: 'people',
    suppressed: true,
    title: { en: 'Members by business stage', es: 'Miembros por etapa del negocio' },
    description: {
      en: 'Members by the stage of their business; NONE for those who did not say.',
      es: 'Miembros según la etapa de su negocio; NONE para quienes no la indicaron.',
    },
  },
  organizations_by_type: {
    unit: 'organizations',
    suppressed: true,
    title: { en: 'Organizations by type', es: 'Organizaciones por tipo' },
    description: {
      en: 'Organizations on GrowHere, verified or not, by type. Suppressed like people: many are one person.',
      es: 'Organizaciones en GrowHere, verificadas o no, por tipo. Se suprimen como las personas: muchas son una sola persona.',
    },
  },
  opportunities_by_kind: {
    unit: 'opportunities',
    suppressed: false,
    title: { en: 'Published opportunities by kind', es: 'Oportunidades publicadas por tipo' },
    description: {
      en: 'The opportunities in opportunities.json, by kind. Not suppressed: each is public.',
      es: 'Las oportunidades de opportunities.json, por tipo. Sin supresión: cada una es pública.',
    },
  },
} as const satisfies Record<
  string,
  { unit: string; suppressed: boolean; title: Localized; description: Localized }
>;

export type StatsTableKey = keyof typeof STATS_TABLES;

export const STATS_FIELDS: readonly FieldDoc[] = [
  field('generatedAt', 'date-time', 'When the figures were read.', 'Cuándo se leyeron las cifras.'),
  field(
    'suppressionThreshold',
    'integer',
    'Cells counting fewer people (or organizations) than this, zero included, are suppressed.',
    'Las celdas que cuentan menos personas (u organizaciones) que esto, incluido el cero, se suprimen.',
  ),
  field(
    'tables[].key',
    'string',
    'Which table it is (described below).',
    'Qué tabla es (descritas abajo).',
    { values: Object.keys(STATS_TABLES) },
  ),
  field('tables[].title', 'string', 'Its title.', 'Su título.'),
  field('tables[].unit', 'string', 'What its cells count.', 'Lo que cuentan sus celdas.', {
    values: ['people', 'organizations', 'opportunities'],
  }),
  field(
    'tables[].total.value',
    'integer',
    'Everyone counted in the table, each in exactly one cell; null when suppressed.',
    'Todos los contados en la tabla, cada uno en una sola celda; nulo si se suprime.',
    { nullable: true },
  ),
  field(
    'tables[].total.suppressed',
    'boolean',
    'True when the total is below the threshold and is withheld.',
    'Verdadero si el total es menor que el umbral y se omite.',
  ),
  field(
    'tables[].cells[].key',
    'string',
    'The code of the cell: a NAICS code, a neighborhood slug, a stage, a type, a kind; NONE for those who did not say.',
    'El código de la celda: un código NAICS, un barrio, una etapa, un tipo; NONE para quienes no lo indicaron.',
  ),
  field(
    'tables[].cells[].label',
    'string',
    'The name of the cell, in the city’s default language.',
    'El nombre de la celda, en el idioma por defecto de la ciudad.',
  ),
  field(
    'tables[].cells[].value',
    'integer',
    'The count; null when suppressed.',
    'El recuento; nulo si se suprime.',
    { nullable: true },
  ),
  field(
    'tables[].cells[].suppressed',
    'boolean',
    'True when the count is withheld: below the threshold, or withheld too so that the total minus the published cells never tells of fewer people than the threshold.',
    'Verdadero si el recuento se omite: por ser menor que el umbral, o para que el total menos las celdas publicadas nunca revele menos personas que el umbral.',
  ),
];

export const DATASETS: readonly DatasetDoc[] = [
  {
    name: 'organizations',
    files: ['/open-data/organizations.csv', '/open-data/organizations.json'],
    title: { en: 'Verified organizations', es: 'Organizaciones verificadas' },
    description: {
      en: 'Every organization city staff verified and nobody has hidden, with its public fields only; ordered by name.',
      es: 'Todas las organizaciones verificadas por el personal municipal y no ocultas, solo con sus campos públicos; por nombre.',
    },
    fields: ORGANIZATION_FIELDS,
  },
  {
    name: 'opportunities',
    files: ['/open-data/opportunities.csv', '/open-data/opportunities.json'],
    title: { en: 'Published opportunities', es: 'Oportunidades publicadas' },
    description: {
      en: 'Every opportunity published and open (not past its deadline), neither hidden nor from a hidden, suspended or deleted poster or a hidden organization; newest first.',
      es: 'Todas las oportunidades publicadas y abiertas (antes de su fecha límite), no ocultas ni de quien esté oculto, suspendido o eliminado ni de una organización oculta; las más recientes primero.',
    },
    fields: OPPORTUNITY_FIELDS,
  },
  {
    name: 'stats',
    files: ['/open-data/stats.json'],
    title: { en: 'Network statistics', es: 'Estadísticas de la red' },
    description: {
      en: 'Counts of members, organizations and opportunities. Members hidden, suspended or deleted are not counted. No cell shows fewer than 5 people: smaller cells, zero included, are suppressed (value null, suppressed true), and the smallest others too whenever the total minus the published cells would give away between 1 and 4 people.',
      es: 'Recuentos de miembros, organizaciones y oportunidades. No se cuentan los miembros ocultos, suspendidos o eliminados. Ninguna celda muestra menos de 5 personas: las menores, incluido el cero, se suprimen (valor nulo, suppressed verdadero), y también las siguientes más pequeñas cuando el total menos las celdas publicadas revelaría entre 1 y 4 personas.',
    },
    fields: STATS_FIELDS,
    tables: Object.entries(STATS_TABLES).map(([key, table]) => ({ key, ...table })),
  },
];
