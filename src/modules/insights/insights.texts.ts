import type { Localized } from '../../common/taxonomy/labels.js';

export type InsightUnit = 'count' | 'percent' | 'days';

interface Text {
  readonly title: string;
  readonly definition: string;
}

/** A figure's or a chart's unit, title and definition, in every language the insights speak. */
export interface InsightText {
  readonly unit: InsightUnit;
  readonly en: Text;
  readonly es: Text;
}

/*
 * The definitions are what staff read beside each figure: what exactly is counted, in plain words.
 * They say the rules the insights repository's statements apply; change both together.
 */

const MEMBERS_COUNTED_EN =
  'Deleted accounts are never counted; hidden and suspended members are (they are real activity), though never named.';
const MEMBERS_COUNTED_ES =
  'Las cuentas eliminadas nunca se cuentan; los miembros ocultos o suspendidos sí (son actividad real), aunque nunca se nombran.';

export const FIGURE_TEXTS = {
  members_total: {
    unit: 'count',
    en: {
      title: 'Members',
      definition: `People with an account at the end of the period (today when it has no end), of the chosen sector and neighborhood. ${MEMBERS_COUNTED_EN}`,
    },
    es: {
      title: 'Miembros',
      definition: `Personas con cuenta al final del periodo (hoy si no tiene final), del sector y el barrio elegidos. ${MEMBERS_COUNTED_ES}`,
    },
  },
  members_new: {
    unit: 'count',
    en: {
      title: 'New members',
      definition: 'Of those members, the people who signed up during the period.',
    },
    es: {
      title: 'Miembros nuevos',
      definition: 'De esos miembros, las personas que se registraron durante el periodo.',
    },
  },
  organizations_total: {
    unit: 'count',
    en: {
      title: 'Organizations',
      definition:
        'Organization pages that existed at the end of the period, verified or not, of the chosen sector and neighborhood.',
    },
    es: {
      title: 'Organizaciones',
      definition:
        'Páginas de organizaciones que existían al final del periodo, verificadas o no, del sector y el barrio elegidos.',
    },
  },
  organizations_new: {
    unit: 'count',
    en: {
      title: 'New organizations',
      definition: 'Of those organizations, the pages created during the period.',
    },
    es: {
      title: 'Organizaciones nuevas',
      definition: 'De esas organizaciones, las páginas creadas durante el periodo.',
    },
  },
  members_connected_share: {
    unit: 'percent',
    en: {
      title: 'Members with a connection',
      definition:
        'Of the members counted, the share with at least one connection made by the end of the period. Connections with deleted accounts do not count.',
    },
    es: {
      title: 'Miembros con alguna conexión',
      definition:
        'De los miembros contados, el porcentaje con al menos una conexión hecha antes del final del periodo. No cuentan las conexiones con cuentas eliminadas.',
    },
  },
  members_cross_sector_share: {
    unit: 'percent',
    en: {
      title: 'Members connected across sectors',
      definition:
        'Of the members counted, the share with at least one connection, made by the end of the period, to a member with whom they share no sector (both having stated at least one sector).',
    },
    es: {
      title: 'Miembros conectados con otros sectores',
      definition:
        'De los miembros contados, el porcentaje con al menos una conexión, hecha antes del final del periodo, con un miembro con quien no comparten ningún sector (ambos con al menos un sector indicado).',
    },
  },
  median_days_to_first_connection: {
    unit: 'days',
    en: {
      title: 'Days from sign-up to first connection (median)',
      definition:
        'For the members who signed up during the period and have connected with someone since: the middle value of the days between signing up and their first connection. Half took less, half took more.',
    },
    es: {
      title: 'Días desde el registro hasta la primera conexión (mediana)',
      definition:
        'Para los miembros que se registraron durante el periodo y se han conectado con alguien desde entonces: el valor central de los días entre el registro y su primera conexión. La mitad tardó menos y la otra mitad, más.',
    },
  },
  median_days_to_complete_introduction: {
    unit: 'days',
    en: {
      title: 'Days from introduction to completion (median)',
      definition:
        'For the introductions proposed during the period that both members accepted: the middle value of the days between the proposal and the second acceptance, which completes an introduction.',
    },
    es: {
      title: 'Días desde la presentación hasta completarla (mediana)',
      definition:
        'Para las presentaciones propuestas durante el periodo que ambos miembros aceptaron: el valor central de los días entre la propuesta y la segunda aceptación, que completa la presentación.',
    },
  },
  member_needs: {
    unit: 'count',
    en: {
      title: 'Needs stated by members',
      definition:
        'Needs on the profiles of the members counted, as they stand today; a member needing the same category twice counts once.',
    },
    es: {
      title: 'Necesidades indicadas por miembros',
      definition:
        'Necesidades en los perfiles de los miembros contados, tal como están hoy; un miembro que necesita dos veces la misma categoría cuenta una vez.',
    },
  },
  unmet_needs: {
    unit: 'count',
    en: {
      title: 'Unmet needs',
      definition:
        "Members' needs that nothing in the network answers today: no other member (neither hidden nor suspended) and no organization (not hidden) offers that category, and no published opportunity (open, not hidden) lists it for one of the member's sectors or for any sector, and for the member's neighborhood, the whole city or remote work.",
    },
    es: {
      title: 'Necesidades sin respuesta',
      definition:
        'Necesidades de miembros que nada en la red responde hoy: ningún otro miembro (ni oculto ni suspendido) ni ninguna organización (no oculta) ofrece esa categoría, y ninguna oportunidad publicada (abierta, no oculta) la incluye para uno de los sectores del miembro o para cualquier sector, y para su barrio, toda la ciudad o en remoto.',
    },
  },
  unmet_needs_share: {
    unit: 'percent',
    en: {
      title: 'Share of needs unmet',
      definition: 'Unmet needs as a share of the needs stated by members.',
    },
    es: {
      title: 'Porcentaje de necesidades sin respuesta',
      definition:
        'Las necesidades sin respuesta como porcentaje de las indicadas por los miembros.',
    },
  },
  outcomes_total: {
    unit: 'count',
    en: {
      title: 'Outcomes recorded',
      definition:
        'What came of introductions and of interest in opportunities, recorded during the period and concerning a member of the chosen sector and neighborhood: meetings, partnerships, hires, customers, funding, space and relocations ("nothing yet" is not counted). What both members of an introduction record counts once.',
    },
    es: {
      title: 'Resultados registrados',
      definition:
        'Lo que resultó de presentaciones y del interés en oportunidades, registrado durante el periodo y relativo a un miembro del sector y el barrio elegidos: reuniones, alianzas, contrataciones, clientes, financiación, espacios y mudanzas ("nada por ahora" no cuenta). Lo que registran ambos miembros de una presentación cuenta una vez.',
    },
  },
} as const satisfies Record<string, InsightText>;

export type FigureKey = keyof typeof FIGURE_TEXTS;

const MONTHS_EN = 'Months are calendar months in UTC.';
const MONTHS_ES = 'Los meses son meses naturales en UTC.';

const outcomesOfKind = (kind: Localized, kindEs: string): InsightText => ({
  unit: 'count',
  en: {
    title: `${kind.en} by month`,
    definition: `Outcomes of the kind "${kind.en.toLowerCase()}" recorded each month of the period, from introductions and from interest in opportunities (see Outcomes recorded). ${MONTHS_EN}`,
  },
  es: {
    title: `${kind.es} por mes`,
    definition: `Resultados del tipo "${kindEs}" registrados cada mes del periodo, de presentaciones y del interés en oportunidades (ver Resultados registrados). ${MONTHS_ES}`,
  },
});

export const SERIES_TEXTS = {
  members_new_by_month: {
    unit: 'count',
    en: {
      title: 'New members by month',
      definition: `People of the chosen sector and neighborhood who signed up in each month of the period. ${MONTHS_EN}`,
    },
    es: {
      title: 'Miembros nuevos por mes',
      definition: `Personas del sector y el barrio elegidos que se registraron cada mes del periodo. ${MONTHS_ES}`,
    },
  },
  members_total_by_month: {
    unit: 'count',
    en: {
      title: 'Members over time',
      definition: `Members at the end of each month of the period, counting those who joined before it too. ${MEMBERS_COUNTED_EN} ${MONTHS_EN}`,
    },
    es: {
      title: 'Miembros a lo largo del tiempo',
      definition: `Miembros al final de cada mes del periodo, contando también a quienes se unieron antes. ${MEMBERS_COUNTED_ES} ${MONTHS_ES}`,
    },
  },
  organizations_new_by_month: {
    unit: 'count',
    en: {
      title: 'New organizations by month',
      definition: `Organization pages of the chosen sector and neighborhood created in each month of the period. ${MONTHS_EN}`,
    },
    es: {
      title: 'Organizaciones nuevas por mes',
      definition: `Páginas de organizaciones del sector y el barrio elegidos creadas cada mes del periodo. ${MONTHS_ES}`,
    },
  },
  organizations_total_by_month: {
    unit: 'count',
    en: {
      title: 'Organizations over time',
      definition: `Organization pages at the end of each month of the period, counting those created before it too. ${MONTHS_EN}`,
    },
    es: {
      title: 'Organizaciones a lo largo del tiempo',
      definition: `Páginas de organizaciones al final de cada mes del periodo, contando también las creadas antes. ${MONTHS_ES}`,
    },
  },
  members_by_sector: {
    unit: 'count',
    en: {
      title: 'Members by sector',
      definition:
        'The members counted, in each NAICS sector they stated: a member in two sectors counts in both; those who stated none are under "No sector stated".',
    },
    es: {
      title: 'Miembros por sector',
      definition:
        'Los miembros contados, en cada sector NAICS que indicaron: un miembro de dos sectores cuenta en ambos; quienes no indicaron ninguno están en "Sin sector indicado".',
    },
  },
  members_by_neighborhood: {
    unit: 'count',
    en: {
      title: 'Members by neighborhood',
      definition:
        'The members counted, in the neighborhood of the city they stated; those elsewhere or who did not say are under "Elsewhere or not stated".',
    },
    es: {
      title: 'Miembros por barrio',
      definition:
        'Los miembros contados, en el barrio de la ciudad que indicaron; quienes están en otro lugar o no lo dijeron están en "Fuera o sin indicar".',
    },
  },
  members_by_stage: {
    unit: 'count',
    en: {
      title: 'Members by business stage',
      definition: 'The members counted, by the stage of their business as they stated it.',
    },
    es: {
      title: 'Miembros por etapa del negocio',
      definition: 'Los miembros contados, según la etapa de su negocio que indicaron.',
    },
  },
  organizations_by_sector: {
    unit: 'count',
    en: {
      title: 'Organizations by sector',
      definition:
        'The organizations counted, in each NAICS sector they stated: one in two sectors counts in both.',
    },
    es: {
      title: 'Organizaciones por sector',
      definition:
        'Las organizaciones contadas, en cada sector NAICS que indicaron: una de dos sectores cuenta en ambos.',
    },
  },
  organizations_by_neighborhood: {
    unit: 'count',
    en: {
      title: 'Organizations by neighborhood',
      definition: 'The organizations counted, in the neighborhood of the city they stated.',
    },
    es: {
      title: 'Organizaciones por barrio',
      definition: 'Las organizaciones contadas, en el barrio de la ciudad que indicaron.',
    },
  },
  organizations_by_type: {
    unit: 'count',
    en: {
      title: 'Organizations by type',
      definition: 'The organizations counted, by their type.',
    },
    es: {
      title: 'Organizaciones por tipo',
      definition: 'Las organizaciones contadas, según su tipo.',
    },
  },
  needs_by_category: {
    unit: 'count',
    en: {
      title: 'Needs by category',
      definition:
        'Members and organizations counted that state a need in each category, as their profiles stand today; each counts once per category. Compare with Offers by category.',
    },
    es: {
      title: 'Necesidades por categoría',
      definition:
        'Miembros y organizaciones contados que indican una necesidad en cada categoría, tal como están hoy sus perfiles; cada uno cuenta una vez por categoría. Compárelo con Ofertas por categoría.',
    },
  },
  offers_by_category: {
    unit: 'count',
    en: {
      title: 'Offers by category',
      definition:
        'Members and organizations counted that state an offer in each category, as their profiles stand today; each counts once per category.',
    },
    es: {
      title: 'Ofertas por categoría',
      definition:
        'Miembros y organizaciones contados que indican una oferta en cada categoría, tal como están hoy sus perfiles; cada uno cuenta una vez por categoría.',
    },
  },
  unmet_needs_by_sector: {
    unit: 'count',
    en: {
      title: 'Unmet needs by sector',
      definition:
        'Unmet needs (see Unmet needs) of the members counted, by the sectors of the member who has them: a member in two sectors counts in both.',
    },
    es: {
      title: 'Necesidades sin respuesta por sector',
      definition:
        'Necesidades sin respuesta (ver Necesidades sin respuesta) de los miembros contados, según los sectores del miembro: uno de dos sectores cuenta en ambos.',
    },
  },
  unmet_needs_by_neighborhood: {
    unit: 'count',
    en: {
      title: 'Unmet needs by neighborhood',
      definition:
        'Unmet needs (see Unmet needs) of the members counted, by the neighborhood of the member who has them.',
    },
    es: {
      title: 'Necesidades sin respuesta por barrio',
      definition:
        'Necesidades sin respuesta (ver Necesidades sin respuesta) de los miembros contados, según el barrio del miembro.',
    },
  },
  unmet_needs_by_category: {
    unit: 'count',
    en: {
      title: 'Unmet needs by category',
      definition: 'Unmet needs (see Unmet needs) of the members counted, by what is needed.',
    },
    es: {
      title: 'Necesidades sin respuesta por categoría',
      definition:
        'Necesidades sin respuesta (ver Necesidades sin respuesta) de los miembros contados, según lo que se necesita.',
    },
  },
  introductions_funnel: {
    unit: 'count',
    en: {
      title: 'Introductions funnel',
      definition:
        'Introductions proposed during the period between two members (not deleted), at least one of them of the chosen sector and neighborhood: all proposed; accepted by at least one of the two; accepted by both, which completes them; and completed with an outcome recorded other than "nothing yet".',
    },
    es: {
      title: 'Embudo de presentaciones',
      definition:
        'Presentaciones propuestas durante el periodo entre dos miembros (no eliminados), al menos uno del sector y el barrio elegidos: todas las propuestas; aceptadas por al menos uno de los dos; aceptadas por ambos, lo que las completa; y completadas con un resultado registrado distinto de "nada por ahora".',
    },
  },
  outcomes_by_month: {
    unit: 'count',
    en: {
      title: 'Outcomes by month',
      definition: `Outcomes recorded (see Outcomes recorded) in each month of the period. ${MONTHS_EN}`,
    },
    es: {
      title: 'Resultados por mes',
      definition: `Resultados registrados (ver Resultados registrados) cada mes del periodo. ${MONTHS_ES}`,
    },
  },
  outcomes_by_kind: {
    unit: 'count',
    en: {
      title: 'Outcomes by kind',
      definition:
        'Outcomes recorded during the period (see Outcomes recorded), by what came of it.',
    },
    es: {
      title: 'Resultados por tipo',
      definition:
        'Resultados registrados durante el periodo (ver Resultados registrados), según lo que resultó.',
    },
  },
  outcomes_hires_by_month: outcomesOfKind({ en: 'Hires', es: 'Contrataciones' }, 'contratación'),
  outcomes_funding_by_month: outcomesOfKind({ en: 'Funding', es: 'Financiación' }, 'financiación'),
  outcomes_space_by_month: outcomesOfKind({ en: 'Space', es: 'Espacios' }, 'espacio'),
  outcomes_relocations_by_month: outcomesOfKind({ en: 'Relocations', es: 'Mudanzas' }, 'mudanza'),
} as const satisfies Record<string, InsightText>;

export type SeriesKey = keyof typeof SERIES_TEXTS;

/** The names of the buckets of those who stated nothing, by what was not stated. */
export const NOT_STATED_LABELS = {
  sector: { en: 'No sector stated', es: 'Sin sector indicado' },
  neighborhood: { en: 'Elsewhere or not stated', es: 'Fuera o sin indicar' },
  stage: { en: 'Not stated', es: 'Sin indicar' },
} as const satisfies Record<string, Localized>;

/** The steps of the introductions funnel, in order. */
export const FUNNEL_STEPS = {
  PROPOSED: { en: 'Proposed', es: 'Propuestas' },
  ACCEPTED_BY_ONE: { en: 'Accepted by at least one', es: 'Aceptadas por al menos uno' },
  COMPLETED: { en: 'Accepted by both (completed)', es: 'Aceptadas por ambos (completadas)' },
  WITH_OUTCOME: { en: 'With an outcome', es: 'Con un resultado' },
} as const satisfies Record<string, Localized>;
