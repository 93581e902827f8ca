import { MemberEntity } from '../modules/members/member.entity.js';

/** Every TypeORM entity; the migration check compares these with the migrated schema. */
export const ENTITIES = [MemberEntity];
