import type { EntityManager } from 'typeorm';
import type { NeedOfferCategory } from '../../common/taxonomy/need-offer-categories.js';
import { MemberEntity } from '../../modules/members/member.entity.js';
import {
  OrganizationEntity,
  OrganizationMemberEntity,
  OrganizationStatementEntity,
} from '../../modules/organizations/organization.entity.js';
import type { Seed } from './seed-runner.js';

type Statement = [NeedOfferCategory, string];

interface DemoOrganization {
  owner: string;
  values: Partial<OrganizationEntity>;
  needs: Statement[];
  offers: Statement[];
}

const ORGANIZATIONS: DemoOrganization[] = [
  {
    owner: 'priya-partner',
    values: {
      slug: 'roxbury-innovation-fund',
      name: 'Roxbury Innovation Fund',
      type: 'LENDER',
      sectors: ['52'],
      sizeBand: 'FROM_11_TO_50',
      neighborhood: 'roxbury',
      website: 'https://roxburyfund.example',
      description:
        'A community lender: small-business loans from $5k to $150k for businesses that banks turn away, with coaching included.',
      foundedYear: 2012,
      verifiedAt: new Date('2026-09-01T15:00:00Z'),
    },
    needs: [
      ['CUSTOMERS_PROCUREMENT', 'Founders in Roxbury, Dorchester and Mattapan who need capital'],
    ],
    offers: [
      ['FUNDING', 'Small-business loans from $5k to $150k'],
      ['TRAINING', 'Free cash-flow clinics every first Tuesday'],
    ],
  },
  {
    owner: 'carla-connects',
    values: {
      slug: 'east-boston-climate-lab',
      name: 'East Boston Climate Lab',
      type: 'INCUBATOR_ACCELERATOR',
      sectors: ['54', '22'],
      sizeBand: 'FROM_2_TO_10',
      neighborhood: 'east-boston',
      website: 'https://climatelab.example',
      description:
        'Lab benches, pilot partners and investor days for early-stage climate-tech teams.',
      foundedYear: 2019,
      verifiedAt: new Date('2026-09-15T15:00:00Z'),
    },
    needs: [['PARTNERSHIPS', 'Buildings willing to host pilots of new heat pumps']],
    offers: [
      ['SPACE', 'Wet-lab benches by the month'],
      ['MENTORSHIP', 'Weekly office hours with climate investors'],
    ],
  },
  {
    owner: 'sam-staff',
    values: {
      slug: 'office-of-economic-opportunity',
      name: 'Office of Economic Opportunity and Inclusion',
      type: 'CITY_AGENCY',
      sectors: ['92'],
      sizeBand: 'FROM_51_TO_200',
      neighborhood: 'downtown',
      website: 'https://www.boston.gov/departments/economic-opportunity-and-inclusion',
      description:
        'The City of Boston office that helps businesses start, grow and sell to the City.',
      verifiedAt: new Date('2026-08-20T15:00:00Z'),
    },
    needs: [],
    offers: [
      ['PERMITS_LICENSING', 'One guide through city permits and licenses'],
      ['CUSTOMERS_PROCUREMENT', 'Workshops on selling to the City of Boston'],
    ],
  },
  {
    owner: 'femi-founder',
    values: {
      slug: 'harbor-kitchen',
      name: 'Harbor Kitchen Co.',
      type: 'SMALL_BUSINESS',
      sectors: ['31-33'],
      sizeBand: 'FROM_2_TO_10',
      neighborhood: 'east-boston',
      website: 'https://harborkitchen.example',
      description: 'West African sauces made in small batches in East Boston.',
      foundedYear: 2021,
      verificationRequestedAt: new Date('2026-11-10T15:00:00Z'),
    },
    needs: [
      ['SPACE', 'A commercial kitchen of about 1,000 sq ft'],
      ['FUNDING', 'An equipment loan of $40k–$60k'],
    ],
    offers: [['PARTNERSHIPS', 'Co-packing for other small sauce makers']],
  },
];

/** Demo organizations: three verified, one waiting for staff to verify it. */
export const demoOrganizationsSeed: Seed = {
  name: 'demo-organizations-v1',
  async run(manager: EntityManager) {
    for (const demo of ORGANIZATIONS) {
      const owner = await manager.getRepository(MemberEntity).findOneBy({ handle: demo.owner });
      if (!owner) continue;
      const organization = await manager
        .getRepository(OrganizationEntity)
        .save(manager.getRepository(OrganizationEntity).create(demo.values));
      await manager
        .getRepository(OrganizationMemberEntity)
        .insert({ organizationId: organization.id, memberId: owner.id, role: 'OWNER' });
      const statements = [
        ...demo.needs.map(([category, text], position) => ({
          kind: 'NEED' as const,
          category,
          text,
          position,
        })),
        ...demo.offers.map(([category, text], position) => ({
          kind: 'OFFER' as const,
          category,
          text,
          position,
        })),
      ];
      if (statements.length) {
        await manager
          .getRepository(OrganizationStatementEntity)
          .insert(statements.map((s) => ({ ...s, organizationId: organization.id })));
      }
    }
  },
};
