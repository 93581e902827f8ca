import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../common/graphql/enum-of.js';
import { Paginated } from '../../common/graphql/pagination.js';
import type { NeedOfferCategory } from '../../common/taxonomy/need-offer-categories.js';
import { Member, NeedOfferCategoryEnum } from '../members/profile.model.js';

export const CONNECTION_STATES = [
  'NONE',
  'CONNECTED',
  'REQUEST_SENT',
  'REQUEST_RECEIVED',
  'SELF',
] as const;
export type ConnectionState = (typeof CONNECTION_STATES)[number];
export const ConnectionStateEnum = enumOf(CONNECTION_STATES);
registerEnumType(ConnectionStateEnum, {
  name: 'ConnectionState',
  description: 'Where the viewer stands with a member',
});

export enum RequestDirection {
  RECEIVED = 'RECEIVED',
  SENT = 'SENT',
}
registerEnumType(RequestDirection, { name: 'RequestDirection' });

@ObjectType({ description: 'Where the viewer stands with a member, and the request between them' })
export class ViewerConnection {
  @Field(() => ConnectionStateEnum)
  state: ConnectionState;

  @Field(() => ID, { nullable: true, description: 'The pending request, either way' })
  requestId: string | null;

  @Field(() => Boolean, { description: 'The viewer may send this member a request now' })
  canRequest: boolean;

  @Field(() => Boolean, { description: 'The viewer blocked this member' })
  blocked: boolean;
}

@ObjectType()
export class ConnectionRequest {
  @Field(() => ID)
  id: string;

  @Field(() => Member)
  sender: Member;

  @Field(() => Member)
  recipient: Member;

  @Field({ description: 'At most 300 characters; may be empty' })
  note: string;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'Why a member is suggested, as a code and in plain words' })
export class Reason {
  @Field({
    description:
      'MUTUAL_CONNECTIONS, SAME_SECTOR, NEED_MATCHES_OFFER, OFFER_MATCHES_NEED, SAME_NEIGHBORHOOD',
  })
  code: string;

  @Field({
    description:
      'In plain English; clients may write their own from the code and the details below',
  })
  text: string;

  @Field(() => Int, { nullable: true, description: 'MUTUAL_CONNECTIONS: how many' })
  count?: number;

  @Field(() => NeedOfferCategoryEnum, {
    nullable: true,
    description: 'NEED_MATCHES_OFFER, OFFER_MATCHES_NEED: the category',
  })
  category?: NeedOfferCategory;

  @Field({ nullable: true, description: 'SAME_SECTOR: the NAICS code' })
  sector?: string;

  @Field({ nullable: true, description: 'SAME_NEIGHBORHOOD: the neighborhood slug' })
  neighborhood?: string;
}

@ObjectType()
export class PersonSuggestion {
  @Field(() => Member)
  member: Member;

  @Field(() => Int)
  mutualConnectionCount: number;

  @Field(() => [Reason])
  reasons: Reason[];
}

@ObjectType({ description: 'The shortest chain of connections from the viewer to a member' })
export class IntroductionPath {
  @Field(() => [Member], { description: 'From the viewer to the member, both included' })
  members: Member[];

  @Field(() => Int, { description: 'Hops: 1 for a connection, up to 3' })
  degree: number;
}

export const MemberConnection = Paginated(Member, 'MemberConnection');
export const ConnectionRequestConnection = Paginated(
  ConnectionRequest,
  'ConnectionRequestConnection',
);

@ObjectType({ description: 'Someone you blocked: only enough to unblock them' })
export class BlockedMember {
  @Field(() => ID)
  id: string;

  @Field()
  handle: string;

  @Field()
  displayName: string;
}
