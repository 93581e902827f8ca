import type { NeedOfferCategory } from '../../../common/taxonomy/need-offer-categories.js';
import type {
  OpportunityKind,
  OpportunitySubkind,
} from '../../../modules/opportunities/opportunity.types.js';
import type { OrganizationType } from '../../../modules/organizations/organization.types.js';
import { LAST_NAMES } from './members.generator.js';
import type { Random } from './random.js';

/**
 * Words for the synthetic city's organizations and opportunities: names, descriptions, titles and
 * Markdown from templates, so that search has realistic text to weigh and to highlight.
 */

const STEMS = [
  'Anchor',
  'Beacon',
  'Bridge',
  'Cedar',
  'Civic',
  'Clover',
  'Common',
  'Compass',
  'Copper',
  'Crescent',
  'Ember',
  'Evergreen',
  'Forge',
  'Granite',
  'Harbor',
  'Horizon',
  'Ironside',
  'Juniper',
  'Keystone',
  'Lantern',
  'Liberty',
  'Maple',
  'Meridian',
  'Mosaic',
  'North Star',
  'Oak',
  'Orchard',
  'Pilot',
  'Pioneer',
  'Prism',
  'Quarry',
  'Redwood',
  'Riverbend',
  'Seaport',
  'Signal',
  'Skyline',
  'Summit',
  'Tidewater',
  'Trident',
  'Union',
  'Vantage',
  'Waypoint',
];

const STARTUP_SYLLABLES = [
  ['Nova', 'Lumi', 'Quant', 'Vela', 'Zen', 'Kora', 'Flux', 'Brio', 'Sola', 'Tera', 'Axi', 'Orbi'],
  ['ly', 'fy', 'io', 'iq', 'ora', 'ware', 'loop', 'grid', 'stack', 'path', 'mint', 'nest'],
];

/** What a business of each sector is called. */
const SECTOR_BUSINESS_WORDS: Record<string, readonly string[]> = {
  '11': ['Farms', 'Growers', 'Urban Farm'],
  '21': ['Materials', 'Aggregates'],
  '22': ['Energy', 'Solar', 'Power Co-op'],
  '23': ['Construction', 'Builders', 'Renovation'],
  '31-33': ['Manufacturing', 'Fabrication', 'Works'],
  '42': ['Supply', 'Distributors', 'Wholesale'],
  '44-45': ['Market', 'Boutique', 'Goods'],
  '48-49': ['Logistics', 'Delivery', 'Freight'],
  '51': ['Media', 'Software', 'Digital'],
  '52': ['Financial', 'Insurance Agency', 'Advisors'],
  '53': ['Properties', 'Realty', 'Property Management'],
  '54': ['Consulting', 'Design Studio', 'Law Office', 'Accounting'],
  '55': ['Holdings', 'Group'],
  '56': ['Staffing', 'Cleaning Services', 'Facilities'],
  '61': ['Learning Center', 'Tutoring', 'Academy'],
  '62': ['Health', 'Clinic', 'Home Care', 'Dental'],
  '71': ['Studio', 'Fitness', 'Arts Collective'],
  '72': ['Kitchen', 'Bakery', 'Café', 'Catering'],
  '81': ['Repair', 'Salon', 'Auto Care'],
  '92': ['Services'],
};

const NAMES_BY_TYPE: Record<
  Exclude<OrganizationType, 'SMALL_BUSINESS' | 'STARTUP'>,
  readonly string[]
> = {
  CORPORATION: ['Holdings', 'Industries', 'Group', 'Corporation', 'Systems', 'Enterprises'],
  NON_PROFIT: [
    'Small Business Alliance',
    'Community Fund',
    'Business Collaborative',
    'Entrepreneurs Network',
    'Main Streets',
    'Workforce Partnership',
    'Women in Business Council',
  ],
  UNIVERSITY: ['University', 'College', 'Institute of Technology', 'Community College'],
  INVESTOR: ['Ventures', 'Capital', 'Partners', 'Angels', 'Growth Fund', 'Seed Fund'],
  LENDER: ['Community Bank', 'Credit Union', 'Loan Fund', 'Savings Bank', 'Community Capital'],
  INCUBATOR_ACCELERATOR: [
    'Accelerator',
    'Incubator',
    'Launchpad',
    'Founders Lab',
    'Venture Studio',
  ],
  COWORKING: ['Works', 'Commons', 'Hub', 'Coworking', 'Makerspace', 'Shared Kitchen'],
  CITY_AGENCY: [
    'Office of Economic Opportunity',
    'Department of Small Business',
    'Planning and Development Agency',
    'Office of Licensing',
    'Workforce Development Office',
    'Office of Procurement',
  ],
  OTHER: ['Association', 'Guild', 'Collective', 'Society', 'Club'],
};

export interface OrganizationWords {
  readonly type: OrganizationType;
  /** The sector's English name. */
  readonly sectorName: string;
  readonly sectorCode: string;
  /** Its neighborhood's name, or the city's. */
  readonly place: string;
  readonly city: string;
}

export function organizationName(random: Random, words: OrganizationWords): string {
  switch (words.type) {
    case 'STARTUP':
      return random.chance(0.7)
        ? `${random.pick(STARTUP_SYLLABLES[0])}${random.pick(STARTUP_SYLLABLES[1])}`
        : `${random.pick(STEMS)} ${random.pick(['Labs', 'AI', 'Health', 'Robotics', 'Bio'])}`;
    case 'SMALL_BUSINESS': {
      const word = random.pick(SECTOR_BUSINESS_WORDS[words.sectorCode] ?? ['Company']);
      const owner = random.pick(LAST_NAMES);
      return random.chance(0.5)
        ? `${owner}${random.chance(0.5) ? "'s" : ''} ${word}`
        : `${random.chance(0.5) ? words.place : random.pick(STEMS)} ${word}`;
    }
    case 'CITY_AGENCY':
      return `${words.city} ${random.pick(NAMES_BY_TYPE.CITY_AGENCY)}${random.chance(0.6) ? ` — ${words.place}` : ''}`;
    case 'UNIVERSITY':
      return random.chance(0.7)
        ? `${random.pick(STEMS)} ${random.pick(NAMES_BY_TYPE.UNIVERSITY)}`
        : `${random.pick(NAMES_BY_TYPE.UNIVERSITY)} of ${words.place}`;
    case 'NON_PROFIT':
    case 'COWORKING':
    case 'LENDER':
      return `${random.chance(0.5) ? words.place : random.pick(STEMS)} ${random.pick(NAMES_BY_TYPE[words.type])}`;
    default:
      return `${random.pick(STEMS)} ${random.pick(NAMES_BY_TYPE[words.type])}`;
  }
}

const TYPE_DESCRIPTIONS: Record<OrganizationType, readonly string[]> = {
  STARTUP: [
    'We are building {sector} products for customers across {city}.',
    'An early-stage {sector} company founded in {place}.',
  ],
  SMALL_BUSINESS: [
    'A family-run {sector} business serving {place} and the rest of {city}.',
    'Independent {sector} business, locally owned, in {place} since {year}.',
  ],
  CORPORATION: [
    'A {sector} company with offices in {place}; we buy from local suppliers and hire locally.',
  ],
  NON_PROFIT: [
    'A non-profit that helps entrepreneurs in {place} start and grow, with free training and mentoring.',
    'We support small businesses across {city} with workshops, coaching and advocacy.',
  ],
  UNIVERSITY: [
    'A research university: technology transfer, student talent and labs open to local companies.',
  ],
  INVESTOR: [
    'We invest in {focus} companies at pre-seed and seed, and stay close to our founders.',
    'An early-stage fund backing {focus} founders in {city}.',
  ],
  LENDER: [
    'A community lender: small-business loans and microloans for businesses that banks overlook.',
    'We lend to small businesses in {city}, with free advice on cash flow and bookkeeping.',
  ],
  INCUBATOR_ACCELERATOR: [
    'A programme for {focus} founders: mentors, workshops, space and a demo day.',
    'We help early-stage founders in {city} go from idea to first customers.',
  ],
  COWORKING: [
    'Desks, private offices and meeting rooms in {place}, with a community of founders.',
    'Flexible workspace in {place}: day passes, offices, and shared equipment.',
  ],
  CITY_AGENCY: [
    'The city office that helps businesses with permits, licences, city contracts and grants.',
  ],
  OTHER: ['A local group of {sector} professionals in {city}.'],
};

export function organizationDescription(
  random: Random,
  words: OrganizationWords & { focus: string; year: number },
): string {
  return fill(random.pick(TYPE_DESCRIPTIONS[words.type]), {
    sector: words.sectorName.toLowerCase(),
    place: words.place,
    city: words.city,
    focus: words.focus.toLowerCase(),
    year: String(words.year),
  });
}

/** An organization's offer or need in its own words. */
export function organizationStatementText(
  random: Random,
  type: OrganizationType,
  kind: 'NEED' | 'OFFER',
  category: NeedOfferCategory,
  phrase: string,
): string {
  const special = kind === 'OFFER' ? OFFER_TEXTS[type]?.[category] : undefined;
  if (special) return random.pick(special);
  return kind === 'NEED' ? `Looking for ${phrase}` : `We offer ${phrase}`;
}

const OFFER_TEXTS: Partial<
  Record<OrganizationType, Partial<Record<NeedOfferCategory, readonly string[]>>>
> = {
  LENDER: {
    FUNDING: [
      'Small-business loans and microloans, with flexible terms',
      'Working-capital loans and lines of credit for local businesses',
    ],
    LEGAL_ACCOUNTING: ['Free help with bookkeeping and cash-flow planning'],
  },
  INVESTOR: {
    FUNDING: ['Pre-seed and seed investment', 'Equity investment for early-stage startups'],
  },
  INCUBATOR_ACCELERATOR: {
    MENTORSHIP: ['A mentor network of founders and operators', 'Twelve-week accelerator cohorts'],
    SPACE: ['Desks and lab benches for our founders'],
  },
  COWORKING: {
    SPACE: ['Desks, private offices and meeting rooms', 'Shared kitchen and lab space by the hour'],
  },
  UNIVERSITY: {
    RESEARCH_UNIVERSITIES: ['Research partnerships and technology licensing'],
    TALENT: ['Student interns and graduates'],
  },
  CITY_AGENCY: {
    PERMITS_LICENSING: ['Help with permits, licences and inspections'],
    CUSTOMERS_PROCUREMENT: ['City contracts for small and local businesses'],
    FUNDING: ['Small-business grants'],
  },
};

/** The words an opportunity's texts are made from. */
export interface OpportunityWords {
  readonly kind: OpportunityKind;
  readonly subkind: OpportunitySubkind | null;
  /** Null when a member posts for themselves. */
  readonly organization: string | null;
  readonly place: string;
  readonly city: string;
  readonly sectorName: string | null;
  readonly sectorCode: string | null;
  readonly stages: string;
  readonly amountMin: number | null;
  readonly amountMax: number | null;
  readonly sizeSqFt: number | null;
  readonly deadline: string | null;
  readonly externalUrl: string | null;
}

const ROLES_BY_SECTOR: Record<string, readonly string[]> = {
  '23': ['Site supervisor', 'Carpenter', 'Project estimator'],
  '31-33': ['Machine operator', 'Production lead', 'Quality technician'],
  '44-45': ['Store manager', 'Sales associate', 'Visual merchandiser'],
  '51': ['Software engineer', 'Product designer', 'Data analyst'],
  '52': ['Loan officer', 'Financial analyst', 'Customer advisor'],
  '54': ['Associate consultant', 'Bookkeeper', 'Graphic designer'],
  '62': ['Medical assistant', 'Home health aide', 'Clinic coordinator'],
  '72': ['Line cook', 'Front-of-house manager', 'Pastry chef'],
  '61': ['Tutor', 'Program coordinator', 'Instructor'],
  '81': ['Stylist', 'Mechanic', 'Repair technician'],
};
const GENERAL_ROLES = [
  'Operations manager',
  'Office manager',
  'Marketing coordinator',
  'Bookkeeper',
  'Sales representative',
  'Customer success lead',
];
const PROCUREMENTS = [
  'janitorial services for city buildings',
  'IT support and managed services',
  'catering for community events',
  'landscaping and snow removal',
  'printing and signage',
  'website redesign and accessibility audit',
  'translation and interpretation services',
  'office furniture',
  'fleet maintenance',
  'marketing and outreach campaign',
];
const EVENT_TOPICS = [
  'Pitch night',
  'Founders breakfast',
  'Workshop: pricing your product',
  'Workshop: applying for city contracts',
  'Lenders fair',
  'Meet the investors',
  'Export basics',
  'Hiring your first employee',
  'Social media for small businesses',
];
const CITY_SERVICES = [
  'Free permitting help for new restaurants',
  'One-stop licensing clinic',
  'Small-business certification (minority- and women-owned)',
  'Storefront design assistance',
  'Help finding a commercial space',
  'Business registration walk-in hours',
];

function money(value: number): string {
  return value.toLocaleString('en-US');
}

export function opportunityTitle(random: Random, w: OpportunityWords): string {
  const sector = w.sectorName?.toLowerCase();
  switch (w.kind) {
    case 'FUNDING':
      if (w.subkind === 'LOAN') {
        return random.pick([
          `Small-business loans up to ${money(w.amountMax ?? 0)}`,
          `Microloans for ${sector ?? 'local'} businesses`,
          `Working-capital loans for ${sector ?? 'small'} businesses`,
        ]);
      }
      if (w.subkind === 'EQUITY') {
        return random.pick([
          `Seed investment for ${sector ?? 'early-stage'} startups`,
          `Pre-seed investment for ${sector ?? 'local'} founders`,
        ]);
      }
      return random.pick([
        `${w.place} small-business grant`,
        `Grants for ${sector ?? 'new'} founders`,
        `${w.organization ?? w.city} innovation grant`,
      ]);
    case 'SPACE':
      return {
        OFFICE: `Private office in ${w.place}`,
        LAB: `Lab bench space in ${w.place}`,
        RETAIL: `Retail storefront in ${w.place}`,
        KITCHEN: `Shared commercial kitchen in ${w.place}`,
      }[w.subkind as 'OFFICE' | 'LAB' | 'RETAIL' | 'KITCHEN'];
    case 'JOB':
      return `${random.pick(ROLES_BY_SECTOR[w.sectorCode ?? ''] ?? GENERAL_ROLES)}${w.organization ? ` at ${w.organization}` : ', part-time'}`;
    case 'MENTORSHIP':
      return w.subkind === 'PROGRAM'
        ? random.pick([
            `${w.organization ?? w.city} ${random.pick(['spring', 'fall', 'summer'])} cohort`,
            `Accelerator programme for ${sector ?? 'early-stage'} founders`,
          ])
        : random.pick([
            `One-on-one mentoring for ${/idea|pre-revenue/.test(w.stages) || !w.stages ? 'early-stage' : 'growing'} founders`,
            `Office hours with ${sector ?? 'experienced'} mentors`,
          ]);
    case 'PROCUREMENT':
      return `RFP: ${random.pick(PROCUREMENTS)}`;
    case 'EVENT':
      return `${random.pick(EVENT_TOPICS)} in ${w.place}`;
    case 'PARTNERSHIP':
      return random.pick([
        `Seeking ${sector ?? 'local'} partners for a pilot`,
        `Co-development partners wanted`,
        w.organization ? `Partner with ${w.organization}` : 'Looking for a business partner',
      ]);
    case 'CITY_SERVICE':
      return random.pick(CITY_SERVICES);
  }
}

/** The description as a poster would write it: Markdown with a heading, a list and a link. */
export function opportunityDescription(random: Random, w: OpportunityWords, title: string): string {
  const details: string[] = [];
  if (w.amountMin !== null && w.amountMax !== null) {
    details.push(`- **Amount:** ${money(w.amountMin)} to ${money(w.amountMax)}`);
  }
  if (w.kind === 'FUNDING' && w.subkind === 'LOAN') {
    details.push(`- **Term:** up to ${1 + random.int(7)} years, fixed rate`);
  }
  if (w.sizeSqFt !== null) details.push(`- **Size:** ${money(w.sizeSqFt)} sq ft`);
  if (w.sectorName) details.push(`- **Sector:** ${w.sectorName}`);
  if (w.stages) details.push(`- **Stage:** ${w.stages}`);
  details.push(`- **Where:** ${w.place}`);
  if (w.deadline) details.push(`- **Apply by:** ${w.deadline.slice(0, 10)}`);
  const intro = fill(random.pick(KIND_INTROS[w.kind]), {
    org: w.organization ?? 'A local business',
    place: w.place,
    city: w.city,
    sector: w.sectorName?.toLowerCase() ?? 'local',
  });
  const apply = w.externalUrl
    ? `[Apply on our website](${w.externalUrl}), or express interest here and we will get back to you.`
    : 'Express interest here and we will get back to you within two weeks.';
  return `## ${title}\n\n${intro}\n\n${details.join('\n')}\n\n### How to apply\n\n${apply}\n`;
}

const KIND_INTROS: Record<OpportunityKind, readonly string[]> = {
  FUNDING: [
    '{org} funds {sector} businesses in {city} that are ready for their next step.',
    'Capital for businesses that *banks overlook*: we look at your plan, not only your credit score.',
  ],
  SPACE: [
    'Move in this month: furnished, with internet, meeting rooms and a friendly community.',
    'Affordable space in {place}, on flexible terms, for a growing {sector} business.',
  ],
  JOB: [
    '{org} is hiring. Join a growing team in {place}.',
    'A full-time role with benefits, training and room to grow.',
  ],
  MENTORSHIP: [
    'Get **practical advice** from people who have built companies in {city}.',
    'A cohort of founders, weekly workshops, mentors and a demo day at the end.',
  ],
  PROCUREMENT: [
    '{org} is requesting proposals. Small, local and minority-owned businesses are encouraged to apply.',
  ],
  EVENT: [
    'An evening of talks and introductions for founders in {place}. Free; light food provided.',
    'Meet lenders, investors and programmes from across {city}.',
  ],
  PARTNERSHIP: [
    '{org} is looking for partners to build something together: a pilot, a product or a joint offer.',
  ],
  CITY_SERVICE: [
    'Free help from the city, in English and Spanish, for businesses in {city}.',
    'Our staff walk you through every step, from application to opening day.',
  ],
};

export function eligibilityText(w: OpportunityWords): string {
  const who = [
    w.sectorName ? `${w.sectorName.toLowerCase()} businesses` : 'businesses of any sector',
    w.stages ? `at the ${w.stages} stage` : '',
    `in ${w.place}`,
  ]
    .filter(Boolean)
    .join(' ');
  return `Open to ${who}.`;
}

export const INTEREST_MESSAGES = [
  'This looks like a great fit for us. Could we set up a call?',
  "We'd love to apply. What documents do you need?",
  'Interested! We are a small team and this would help us grow.',
  'Could you tell me more about the timeline?',
  '',
];

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
