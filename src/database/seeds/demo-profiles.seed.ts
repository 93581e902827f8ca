import type { EntityManager } from 'typeorm';
import type { NeedOfferCategory } from '../../common/taxonomy/need-offer-categories.js';
import { MemberStatementEntity } from '../../modules/members/member-statement.entity.js';
import { MemberEntity } from '../../modules/members/member.entity.js';
import type { Seed } from './seed-runner.js';

type Statement = [NeedOfferCategory, string];

interface DemoProfile {
  handle: string;
  values: Partial<MemberEntity>;
  needs: Statement[];
  offers: Statement[];
}

/** Complete profiles for the demo accounts, so that a newcomer sees a living network. */
const PROFILES: DemoProfile[] = [
  {
    handle: 'femi-founder',
    values: {
      bio: 'Harbor Kitchen Co. makes West African sauces in small batches and sells them at farmers markets and online. We are ready to move out of a shared kitchen.',
      neighborhood: 'east-boston',
      languages: ['en', 'yo'],
      sectors: ['31-33', '72'],
      stage: 'EARLY_REVENUE',
      links: [{ label: 'Harbor Kitchen Co.', url: 'https://harborkitchen.example' }],
    },
    needs: [
      ['SPACE', 'A commercial kitchen of about 1,000 sq ft, near the Blue Line'],
      ['FUNDING', 'An equipment loan of $40k–$60k for a second kettle and a filler'],
      ['CUSTOMERS_PROCUREMENT', 'Introductions to grocery buyers in New England'],
    ],
    offers: [
      ['MENTORSHIP', 'How we got our food-safety permits, step by step'],
      ['PARTNERSHIPS', 'Co-packing for other small sauce makers on our off days'],
    ],
  },
  {
    handle: 'priya-partner',
    values: {
      bio: 'I run the small-business loan program at the Roxbury Innovation Fund: loans from $5k to $150k for businesses that banks turn away.',
      neighborhood: 'roxbury',
      languages: ['en', 'hi'],
      sectors: ['52'],
      stage: 'ESTABLISHED',
      links: [{ label: 'Roxbury Innovation Fund', url: 'https://roxburyfund.example' }],
    },
    needs: [
      ['CUSTOMERS_PROCUREMENT', 'Founders in Roxbury, Dorchester and Mattapan who need capital'],
    ],
    offers: [
      ['FUNDING', 'Small-business loans from $5k to $150k, decisions in two weeks'],
      ['TRAINING', 'Free cash-flow clinics every first Tuesday'],
    ],
  },
  {
    handle: 'carla-connects',
    values: {
      headline: 'Connector · climate tech and East Boston founders',
      bio: 'Twenty years in clean energy. I introduce founders to the investors, labs and buyers who can move them forward.',
      neighborhood: 'east-boston',
      languages: ['en', 'pt', 'es'],
      sectors: ['54', '22'],
      stage: 'ESTABLISHED',
    },
    needs: [['PARTNERSHIPS', 'Utilities open to pilots with early-stage climate startups']],
    offers: [
      ['MENTORSHIP', 'Fundraising strategy for climate-tech founders'],
      ['PARTNERSHIPS', 'Warm introductions across the Boston climate ecosystem'],
    ],
  },
  {
    handle: 'sam-staff',
    values: {
      bio: 'I help businesses find the city programs, permits and partners they need.',
      neighborhood: 'downtown',
      languages: ['en', 'es'],
      sectors: ['92'],
    },
    needs: [],
    offers: [
      ['PERMITS_LICENSING', 'A guide through city permits and licenses for your business'],
      ['CUSTOMERS_PROCUREMENT', 'How to sell to the City of Boston'],
    ],
  },
];

export const demoProfilesSeed: Seed = {
  name: 'demo-profiles-v1',
  async run(manager: EntityManager) {
    const members = manager.getRepository(MemberEntity);
    const statements = manager.getRepository(MemberStatementEntity);
    for (const profile of PROFILES) {
      const member = await members.findOneBy({ handle: profile.handle });
      if (!member) continue;
      await members.update(member.id, profile.values);
      const rows = [
        ...profile.needs.map(([category, text], position) => ({
          kind: 'NEED' as const,
          category,
          text,
          position,
        })),
        ...profile.offers.map(([category, text], position) => ({
          kind: 'OFFER' as const,
          category,
          text,
          position,
        })),
      ].map((row) => ({ ...row, memberId: member.id }));
      if (rows.length) await statements.insert(rows);
    }
  },
};
