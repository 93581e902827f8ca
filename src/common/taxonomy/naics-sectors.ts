/**
 * The 20 NAICS 2-digit sectors (2022 edition), the classification economic-development offices
 * use. Names in every language the UI speaks.
 */
export interface NaicsSector {
  readonly code: string;
  readonly name: { readonly en: string; readonly es: string };
}

export const NAICS_SECTORS: readonly NaicsSector[] = [
  {
    code: '11',
    name: {
      en: 'Agriculture, Forestry, Fishing and Hunting',
      es: 'Agricultura, silvicultura, pesca y caza',
    },
  },
  {
    code: '21',
    name: {
      en: 'Mining, Quarrying, and Oil and Gas Extraction',
      es: 'Minería, canteras y extracción de petróleo y gas',
    },
  },
  { code: '22', name: { en: 'Utilities', es: 'Servicios públicos (electricidad, agua y gas)' } },
  { code: '23', name: { en: 'Construction', es: 'Construcción' } },
  { code: '31-33', name: { en: 'Manufacturing', es: 'Manufactura' } },
  { code: '42', name: { en: 'Wholesale Trade', es: 'Comercio al por mayor' } },
  { code: '44-45', name: { en: 'Retail Trade', es: 'Comercio al por menor' } },
  {
    code: '48-49',
    name: { en: 'Transportation and Warehousing', es: 'Transporte y almacenamiento' },
  },
  { code: '51', name: { en: 'Information', es: 'Información' } },
  { code: '52', name: { en: 'Finance and Insurance', es: 'Finanzas y seguros' } },
  {
    code: '53',
    name: { en: 'Real Estate and Rental and Leasing', es: 'Bienes raíces y alquiler' },
  },
  {
    code: '54',
    name: {
      en: 'Professional, Scientific, and Technical Services',
      es: 'Servicios profesionales, científicos y técnicos',
    },
  },
  {
    code: '55',
    name: {
      en: 'Management of Companies and Enterprises',
      es: 'Dirección de corporativos y empresas',
    },
  },
  {
    code: '56',
    name: {
      en: 'Administrative and Support and Waste Management and Remediation Services',
      es: 'Servicios administrativos, de apoyo y de manejo de residuos',
    },
  },
  { code: '61', name: { en: 'Educational Services', es: 'Servicios educativos' } },
  {
    code: '62',
    name: { en: 'Health Care and Social Assistance', es: 'Atención médica y asistencia social' },
  },
  {
    code: '71',
    name: { en: 'Arts, Entertainment, and Recreation', es: 'Artes, entretenimiento y recreación' },
  },
  {
    code: '72',
    name: { en: 'Accommodation and Food Services', es: 'Alojamiento y servicios de alimentos' },
  },
  {
    code: '81',
    name: {
      en: 'Other Services (except Public Administration)',
      es: 'Otros servicios (excepto administración pública)',
    },
  },
  { code: '92', name: { en: 'Public Administration', es: 'Administración pública' } },
];

export const NAICS_SECTOR_CODES: ReadonlySet<string> = new Set(NAICS_SECTORS.map((s) => s.code));
