import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MEMBER_ROLES, type MemberRole } from './member.entity.js';

export const Role = Object.fromEntries(MEMBER_ROLES.map((r) => [r, r])) as {
  [K in MemberRole]: K;
};
registerEnumType(Role, { name: 'Role', description: 'What a member may do beyond membership' });

/** The signed-in member, as they see themselves. */
@ObjectType()
export class Viewer {
  @Field(() => ID)
  id: string;

  @Field()
  handle: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field()
  emailVerified: boolean;

  @Field(() => [Role])
  roles: MemberRole[];

  @Field({ description: 'The language GrowHere speaks to this member in, e.g. in mail' })
  locale: string;
}

@ObjectType()
export class SetMemberRolesPayload {
  @Field(() => ID)
  memberId: string;

  @Field(() => [Role])
  roles: MemberRole[];
}
