import type { EntityManager } from 'typeorm';
import type { NeedOfferCategory } from '../../common/taxonomy/need-offer-categories.js';
import { MemberEntity } from '../../modules/members/member.entity.js';
import { OpportunityEntity } from '../../modules/opportunities/opportunity.entity.js';
import { KIND_CATEGORY } from '../../modules/opportunities/opportunity.types.js';
import {
  OrganizationEntity,
  OrganizationMemberEntity,
  OrganizationStatementEntity,
} from '../../modules/organizations/organization.entity.js';
import type { Seed } from './seed-runner.js';

const DAY_MS = 24 * 60 * 60 * 1000;

interface DemoOpportunity {
  /** The slug of the demo organization that posts it; its owner is the poster. */
  organization: string;
  /** Days from seeding to the deadline; none when open-ended. */
  deadlineInDays?: number;
  /** How long ago it was published, in hours, so that the list has an order. */
  publishedHoursAgo: number;
  extraCategories?: NeedOfferCategory[];
  values: Pick<OpportunityEntity, 'kind' | 'title' | 'description'> &
    Partial<
      Pick<
        OpportunityEntity,
        | 'subkind'
        | 'eligibility'
        | 'sectors'
        | 'stages'
        | 'neighborhoods'
        | 'remote'
        | 'amountMin'
        | 'amountMax'
        | 'sizeSqFt'
        | 'externalUrl'
      >
    >;
}

/** A shared kitchen, so that Harbor Kitchen's need for kitchen space has an answer. */
const KITCHEN = {
  owner: 'carla-connects',
  values: {
    slug: 'dorchester-community-kitchen',
    name: 'Dorchester Community Kitchen',
    type: 'NON_PROFIT' as const,
    sectors: ['72', '31-33'],
    sizeBand: 'FROM_2_TO_10' as const,
    neighborhood: 'dorchester',
    website: 'https://dorchesterkitchen.example',
    description:
      'A licensed shared-use commercial kitchen renting hours to caterers, food trucks and small food makers.',
    foundedYear: 2016,
  },
  offers: [['SPACE', 'Licensed commercial kitchen by the hour or month']] as [
    NeedOfferCategory,
    string,
  ][],
};

const OPPORTUNITIES: DemoOpportunity[] = [
  {
    organization: 'roxbury-innovation-fund',
    deadlineInDays: 21,
    publishedHoursAgo: 2,
    extraCategories: ['TRAINING'],
    values: {
      kind: 'FUNDING',
      subkind: 'LOAN',
      title: 'Small-business loans from $5,000 to $150,000',
      description: `Roxbury Innovation Fund lends to Boston businesses that banks turn away.

**What you can borrow**

- Working capital, equipment and build-out loans from **$5,000 to $150,000**
- Terms of 1 to 5 years at a fixed rate; no prepayment penalty
- Free one-to-one coaching on cash flow and bookkeeping for the life of the loan

**How it works**

1. Send a short application with your last six months of sales (or your plan, if you are pre-revenue).
2. Meet a loan officer within a week, in Roxbury or online.
3. Get a decision within 30 days of a complete application.

Spring applications close on the deadline below. Questions: [loans@roxburyfund.example](mailto:loans@roxburyfund.example).`,
      eligibility:
        'Boston-based businesses with fewer than 50 employees, from pre-revenue to growth. Owners with limited or damaged credit are welcome to apply.',
      sectors: ['72', '31-33', '44-45', '81', '54'],
      stages: ['PRE_REVENUE', 'EARLY_REVENUE', 'GROWTH'],
      amountMin: 5000,
      amountMax: 150000,
      externalUrl: 'https://roxburyfund.example/apply',
    },
  },
  {
    organization: 'dorchester-community-kitchen',
    publishedHoursAgo: 6,
    extraCategories: ['SUPPLIERS_MANUFACTURING'],
    values: {
      kind: 'SPACE',
      subkind: 'KITCHEN',
      title: 'Commercial kitchen hours for food makers',
      description: `A fully licensed **1,200 sq ft** shared kitchen on Dorchester Avenue, available by the hour or on a monthly plan.

- Six-burner ranges, two convection ovens, a 60-quart mixer and a blast chiller
- Dry, cold and frozen storage by the shelf
- Loading dock and free parking for deliveries
- Help with your ServSafe certificate and food-business permits

Night and weekend blocks go fastest. [See the rates and book a tour](https://dorchesterkitchen.example/book).`,
      eligibility:
        'Caterers, food trucks and packaged-food makers with (or working toward) a Boston food permit and liability insurance.',
      sectors: ['72', '31-33'],
      stages: ['PRE_REVENUE', 'EARLY_REVENUE', 'GROWTH'],
      neighborhoods: ['dorchester'],
      sizeSqFt: 1200,
      externalUrl: 'https://dorchesterkitchen.example/book',
    },
  },
  {
    organization: 'harbor-kitchen',
    deadlineInDays: 28,
    publishedHoursAgo: 20,
    values: {
      kind: 'JOB',
      title: 'Production cook, part-time (20 hours a week)',
      description: `Harbor Kitchen Co. makes West African sauces in small batches. We are hiring our second production cook.

**You will**

- Prepare, cook and bottle sauces following our recipes and HACCP plan
- Keep the kitchen and its logs inspection-ready
- Help with labelling and packing orders for stores and markets

**We offer** $24 an hour, a fixed schedule (Monday, Wednesday and Friday mornings) and paid time off. Spanish, French or Yoruba are a plus.`,
      eligibility:
        'One year of kitchen experience and a ServSafe food handler card (or the will to get one in your first month).',
      sectors: ['31-33'],
      neighborhoods: ['east-boston'],
    },
  },
  {
    organization: 'east-boston-climate-lab',
    deadlineInDays: 45,
    publishedHoursAgo: 30,
    extraCategories: ['FUNDING', 'SPACE'],
    values: {
      kind: 'MENTORSHIP',
      subkind: 'PROGRAM',
      title: 'Climate Founders Program — spring cohort',
      description: `A 12-week program for early climate-tech teams, in East Boston and online.

- Weekly office hours with climate investors and engineers
- A lab bench for the length of the program
- Introductions to building owners willing to host pilots
- Demo day with Boston-area climate funds

No equity taken. Ten teams per cohort; [read the FAQ](https://climatelab.example/program).`,
      eligibility:
        'Teams of two or more with a working prototype or a pilot plan, at idea or pre-revenue stage.',
      sectors: ['54', '22'],
      stages: ['IDEA', 'PRE_REVENUE'],
      neighborhoods: ['east-boston'],
      remote: true,
      externalUrl: 'https://climatelab.example/program',
    },
  },
  {
    organization: 'office-of-economic-opportunity',
    deadlineInDays: 30,
    publishedHoursAgo: 48,
    values: {
      kind: 'PROCUREMENT',
      title: 'RFP: Catering for City of Boston community events, 2027',
      description: `The City of Boston seeks local caterers for about **40 community events** a year (50 to 400 guests each), across every neighborhood.

The City may award several contracts, by neighborhood or by event size. Certified small, minority- and women-owned businesses are strongly encouraged to respond.

**Key dates**

- Information session: two weeks after posting, at City Hall and online
- Questions due: ten days before the deadline
- Responses due: the deadline below, 2 p.m.

Download the full RFP and the response forms from [Boston's supplier portal](https://www.boston.gov/departments/procurement).`,
      eligibility:
        'Caterers registered as City of Boston suppliers (registration is free), holding a valid food permit and insurance.',
      sectors: ['72'],
      stages: ['EARLY_REVENUE', 'GROWTH', 'ESTABLISHED'],
      externalUrl: 'https://www.boston.gov/departments/procurement',
    },
  },
  {
    organization: 'roxbury-innovation-fund',
    deadlineInDays: 12,
    publishedHoursAgo: 72,
    extraCategories: ['TRAINING', 'FUNDING'],
    values: {
      kind: 'EVENT',
      title: 'Cash-flow clinic for small businesses',
      description: `A free, hands-on evening clinic: bring your numbers, leave with a 13-week cash-flow forecast.

- 6 p.m.: forecasting basics with a Fund loan officer
- 7 p.m.: one-to-one help at your laptop
- Light dinner from a Roxbury caterer

Free; seats are limited to 30. [Register here](https://roxburyfund.example/clinic).`,
      eligibility: 'Open to any Boston business owner or founder.',
      neighborhoods: ['roxbury'],
      externalUrl: 'https://roxburyfund.example/clinic',
    },
  },
  {
    organization: 'office-of-economic-opportunity',
    publishedHoursAgo: 96,
    values: {
      kind: 'CITY_SERVICE',
      title: 'One guide through permits and licenses',
      description: `Opening or growing a business in Boston? A **small business navigator** from the City walks you through every permit and license you need, in English, Spanish, Haitian Creole, Cantonese or Vietnamese.

- A checklist for your business and your address
- Help with zoning, building, health and sign permits
- Follow-up with City departments when an application stalls

Free for every Boston business. [Book a session](https://www.boston.gov/departments/small-business-development).`,
      eligibility: 'Anyone starting or running a business in Boston.',
      externalUrl: 'https://www.boston.gov/departments/small-business-development',
    },
  },
];

/**
 * Demo opportunities posted by the demo organizations (and a shared kitchen): a lender's loan
 * programme, a kitchen, a job, a mentorship programme, an RFP, an event and a city service.
 */
export const demoOpportunitiesSeed: Seed = {
  name: 'demo-opportunities-v1',
  async run(manager: EntityManager) {
    const kitchenOwner = await manager
      .getRepository(MemberEntity)
      .findOneBy({ handle: KITCHEN.owner });
    if (kitchenOwner) {
      const organizations = manager.getRepository(OrganizationEntity);
      const kitchen = await organizations.save(organizations.create(KITCHEN.values));
      await manager
        .getRepository(OrganizationMemberEntity)
        .insert({ organizationId: kitchen.id, memberId: kitchenOwner.id, role: 'OWNER' });
      await manager.getRepository(OrganizationStatementEntity).insert(
        KITCHEN.offers.map(([category, text], position) => ({
          organizationId: kitchen.id,
          kind: 'OFFER' as const,
          category,
          text,
          position,
        })),
      );
    }
    const now = Date.now();
    for (const demo of OPPORTUNITIES) {
      const organization = await manager
        .getRepository(OrganizationEntity)
        .findOneBy({ slug: demo.organization });
      if (!organization) continue;
      const owner = await manager
        .getRepository(OrganizationMemberEntity)
        .findOneBy({ organizationId: organization.id, role: 'OWNER' });
      const neighborhoods = demo.values.neighborhoods ?? [];
      await manager.getRepository(OpportunityEntity).insert({
        ...demo.values,
        neighborhoods,
        citywide: neighborhoods.length === 0 && !demo.values.remote,
        categories: [
          ...new Set([KIND_CATEGORY[demo.values.kind], ...(demo.extraCategories ?? [])]),
        ],
        status: 'PUBLISHED',
        posterId: owner?.memberId ?? null,
        organizationId: organization.id,
        deadline: demo.deadlineInDays ? new Date(now + demo.deadlineInDays * DAY_MS) : null,
        publishedAt: new Date(now - demo.publishedHoursAgo * 60 * 60 * 1000),
      });
    }
  },
};
