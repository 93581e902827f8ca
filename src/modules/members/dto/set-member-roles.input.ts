import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsUUID } from 'class-validator';
import { MEMBER_ROLES, type MemberRole } from '../member.entity.js';
import { Role } from '../member.model.js';

@InputType()
export class SetMemberRolesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId: string;

  @Field(() => [Role], {
    description: 'The roles the member holds afterwards; MEMBER is always kept',
  })
  @ArrayMaxSize(MEMBER_ROLES.length, { message: 'roles lists too many roles' })
  @IsIn(MEMBER_ROLES, { each: true, message: 'roles must be MEMBER, CONNECTOR, STAFF or ADMIN' })
  roles: MemberRole[];
}
