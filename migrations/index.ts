import type { MigrationInterface } from 'typeorm';
import { Initial1795330014559 } from './1795330014559-Initial.js';

/** Every migration, oldest first. `npm run db:migration:generate -- <Name>` rewrites this list. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Initial1795330014559];
