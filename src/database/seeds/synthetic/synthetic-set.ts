import type { QueryRunner } from 'typeorm';
import type { CityProfile } from '../../../config/city-profile.js';
import type { Random } from './random.js';

/** What a synthetic set is made of; the same options and seed make the same set. */
export interface SyntheticOptions {
  readonly members: number;
  readonly avgDegree: number;
  /** Organizations (with their members, needs and offers); 0 for a network of members alone. */
  readonly organizations: number;
  /** Opportunities posted for those organizations (and a few by members); needs organizations. */
  readonly opportunities: number;
  readonly seed: number;
}

/** Bumped whenever a generator changes what it makes for the same options. */
export const SYNTHETIC_VERSION = 1;

/** The seed_run record of a set: a database that has it holds exactly that set. */
export function syntheticSetName(options: SyntheticOptions): string {
  // Sets of members alone keep the name they had before organizations existed.
  const extra =
    options.organizations > 0 || options.opportunities > 0
      ? ` organizations=${options.organizations} opportunities=${options.opportunities}`
      : '';
  return `synthetic-v${SYNTHETIC_VERSION} members=${options.members} avg-degree=${options.avgDegree}${extra} seed=${options.seed}`;
}

/** Every synthetic member signs in with it, so that benchmarks can act as anyone. */
export const SYNTHETIC_PASSWORD = 'synthetic-network-2026';
export const SYNTHETIC_EMAIL_DOMAIN = 'synthetic.growhere.test';

export function syntheticHandle(index: number, members: number): string {
  return `member-${String(index).padStart(Math.max(6, String(members).length), '0')}`;
}

export function syntheticEmail(index: number, members: number): string {
  return `${syntheticHandle(index, members)}@${SYNTHETIC_EMAIL_DOMAIN}`;
}

/** The synthetic members, as later generators need them (connections, organizations…). */
export interface SyntheticMembers {
  /** In handle order: `ids[i]` is member-00000i+1. */
  readonly ids: readonly string[];
  /** Index of each member's main sector in `sectorCodes`. */
  readonly primarySector: Uint8Array;
  readonly sectorCodes: readonly string[];
  /** Index of each member's neighborhood in the city profile's list, or -1 (lives elsewhere). */
  readonly neighborhood: Int16Array;
  readonly isConnector: Uint8Array;
  /** Index of each member's stage in BUSINESS_STAGES, or -1 (none given). */
  readonly stage: Int8Array;
  /** Each member's need categories and offer categories, as bits of NEED_OFFER_CATEGORIES. */
  readonly needs: Uint16Array;
  readonly offers: Uint16Array;
  /** Sign-up times, epoch milliseconds. */
  readonly createdAt: Float64Array;
}

/** The synthetic organizations, as the opportunities generator needs them. */
export interface SyntheticOrganizations {
  readonly ids: readonly string[];
  readonly slugs: readonly string[];
  readonly names: readonly string[];
  /** Index of each organization's type in ORGANIZATION_TYPES. */
  readonly type: Uint8Array;
  /** Its sector codes (the first is its main one). */
  readonly sectors: readonly (readonly string[])[];
  /** Index of its neighborhood in the city profile's list, or -1. */
  readonly neighborhood: Int16Array;
  /** Member indexes of its owner first, then its admins: who may post for it. */
  readonly managers: readonly (readonly number[])[];
  readonly createdAt: Float64Array;
}

export interface GeneratorContext {
  readonly options: SyntheticOptions;
  readonly runner: QueryRunner;
  readonly city: CityProfile;
  /** The shared password, hashed once with the app's settings. */
  readonly passwordHash: string;
  /** Every timestamp is before this instant, so that the set does not depend on the clock. */
  readonly epoch: number;
  /** Filled by the members generator, read by those after it. */
  members?: SyntheticMembers;
  /** Filled by the organizations generator, read by the opportunities generator. */
  organizations?: SyntheticOrganizations;
  random(stream: string): Random;
  /** Reports rows written to a table, for the progress bar. */
  advance(table: string, rows: number): void;
}

/**
 * One kind of synthetic data. Generators run in order in one transaction; each draws from its
 * own random stream, so adding a generator later does not change what the others make.
 */
export interface SyntheticGenerator {
  readonly name: string;
  /** Rows it will write per table (an estimate where it draws counts), for the progress bar. */
  plan(options: SyntheticOptions): Record<string, number>;
  /** Writes its rows; returns the rows written per table. */
  run(context: GeneratorContext): Promise<Record<string, number>>;
}
