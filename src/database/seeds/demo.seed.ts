import argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import { MemberEntity, type MemberRole } from '../../modules/members/member.entity.js';
import type { Seed } from './seed-runner.js';

/** Shared by every demo account; printed at start-up. Demo data is never seeded in production. */
export const DEMO_PASSWORD = 'grow-here-demo-2026';

export interface DemoAccount {
  readonly email: string;
  readonly handle: string;
  readonly displayName: string;
  readonly headline: string;
  readonly roles: MemberRole[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@demo.growhere.city',
    handle: 'ada-admin',
    displayName: 'Ada Okafor',
    headline: 'Platform administrator, City of Boston',
    roles: ['MEMBER', 'STAFF', 'ADMIN'],
  },
  {
    email: 'staff@demo.growhere.city',
    handle: 'sam-staff',
    displayName: 'Samuel Reyes',
    headline: 'Small business navigator, Office of Economic Opportunity',
    roles: ['MEMBER', 'STAFF'],
  },
  {
    email: 'connector@demo.growhere.city',
    handle: 'carla-connects',
    displayName: 'Carla Mendes',
    headline: 'Connector · climate tech and East Boston founders',
    roles: ['MEMBER', 'CONNECTOR'],
  },
  {
    email: 'founder@demo.growhere.city',
    handle: 'femi-founder',
    displayName: 'Femi Adeyemi',
    headline: 'Founder, Harbor Kitchen Co. — needs commercial kitchen space',
    roles: ['MEMBER'],
  },
  {
    email: 'partner@demo.growhere.city',
    handle: 'priya-partner',
    displayName: 'Priya Natarajan',
    headline: 'Program lead, Roxbury Innovation Fund — offers small-business loans',
    roles: ['MEMBER'],
  },
];

export const demoSeed: Seed = {
  name: 'demo-v1',
  async run(manager: EntityManager) {
    const passwordHash = await argon2.hash(DEMO_PASSWORD, {
      type: argon2.argon2id,
      memoryCost: 19456,
      timeCost: 2,
    });
    const now = new Date();
    await manager.getRepository(MemberEntity).insert(
      DEMO_ACCOUNTS.map((account) => ({
        ...account,
        passwordHash,
        emailVerifiedAt: now,
      })),
    );
  },
};
