import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../common/graphql/pagination.js';

@ObjectType({ description: 'One staff or account action, as the append-only audit log keeps it' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who acted, when the account still exists; resolved as `actor`',
  })
  actorName: string | null;

  @Field({ description: 'What was done, e.g. opportunity.approve' })
  action: string;

  @Field({ description: 'What kind of thing it was done to, e.g. member, organization' })
  targetType: string;

  @Field()
  targetId: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'JSON text' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON text' })
  after: string | null;

  /** Not in the schema: resolved as `actor`. */
  actorId: string | null;
}

export const AuditEntryConnection = Paginated(AuditEntry, 'AuditEntryConnection');
