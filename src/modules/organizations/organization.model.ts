import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../../common/graphql/pagination.js';
import { Statement } from '../members/profile.model.js';
import {
  ORGANIZATION_ROLES,
  ORGANIZATION_TYPES,
  SIZE_BANDS,
  type OrganizationRole,
  type OrganizationType,
  type SizeBand,
} from './organization.types.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const OrganizationTypeEnum = enumOf(ORGANIZATION_TYPES);
registerEnumType(OrganizationTypeEnum, { name: 'OrganizationType' });
export const SizeBandEnum = enumOf(SIZE_BANDS);
registerEnumType(SizeBandEnum, { name: 'SizeBand', description: 'People working there' });
export const OrganizationRoleEnum = enumOf(ORGANIZATION_ROLES);
registerEnumType(OrganizationRoleEnum, { name: 'OrganizationRole' });

@ObjectType()
export class OrganizationMemberSummary {
  @Field(() => ID)
  id: string;

  @Field()
  handle: string;

  @Field()
  displayName: string;

  @Field()
  headline: string;

  @Field()
  isConnector: boolean;
}

@ObjectType({ description: 'A member named on an invitation: who sent it, or who it is for' })
export class MemberSummary {
  @Field(() => ID)
  id: string;

  @Field()
  handle: string;

  @Field()
  displayName: string;
}

@ObjectType({ description: "An invitation not yet answered, as the organization's admins see it" })
export class PendingOrganizationInvitation {
  @Field(() => ID)
  id: string;

  @Field(() => OrganizationRoleEnum)
  role: OrganizationRole;

  @Field()
  invitedAt: Date;

  @Field(() => MemberSummary, {
    nullable: true,
    description: 'Who sent it; null once they are gone',
  })
  invitedBy: MemberSummary | null;

  @Field(() => MemberSummary, {
    nullable: true,
    description: 'The invitee, when invited by handle',
  })
  member: MemberSummary | null;

  @Field(() => String, {
    nullable: true,
    description: 'The address typed, when invited by email (never a member’s own by handle)',
  })
  email: string | null;
}

@ObjectType()
export class OrganizationMembership {
  @Field(() => OrganizationMemberSummary)
  member: OrganizationMemberSummary;

  @Field(() => OrganizationRoleEnum)
  role: OrganizationRole;
}

@ObjectType()
export class Organization {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => OrganizationTypeEnum)
  type: OrganizationType;

  @Field(() => [String], { description: 'NAICS 2-digit sector codes' })
  sectors: string[];

  @Field(() => SizeBandEnum, { nullable: true })
  sizeBand: SizeBand | null;

  @Field(() => String, { nullable: true })
  neighborhood: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field()
  description: string;

  @Field(() => Int, { nullable: true })
  foundedYear: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'A WebP that fits inside 512×512; set with POST /api/organizations/:id/logo',
  })
  logoUrl: string | null;

  @Field({ description: 'Verified by city staff; shown as a badge wherever it is named' })
  verified: boolean;

  @Field({ description: 'An owner asked staff to verify it' })
  verificationPending: boolean;

  @Field({
    description:
      'Hidden by moderation: only its people and city staff see it at all (so only they ever see true)',
  })
  hidden: boolean;

  @Field(() => [Statement])
  needs: Statement[];

  @Field(() => [Statement])
  offers: Statement[];

  @Field(() => [OrganizationMembership])
  members: OrganizationMembership[];

  @Field(() => OrganizationRoleEnum, { nullable: true, description: 'The viewer’s role, if any' })
  viewerRole: OrganizationRole | null;

  @Field(() => [PendingOrganizationInvitation], {
    nullable: true,
    description: 'Newest first; null unless the viewer is one of its owners or admins',
  })
  pendingInvitations: PendingOrganizationInvitation[] | null;
}

export const OrganizationConnection = Paginated(Organization, 'OrganizationConnection');

@ObjectType()
export class OrganizationInvitation {
  @Field(() => ID)
  id: string;

  @Field(() => Organization)
  organization: Organization;

  @Field(() => OrganizationRoleEnum)
  role: OrganizationRole;

  @Field()
  invitedAt: Date;

  @Field(() => MemberSummary, {
    nullable: true,
    description: 'Who sent it; null once they are gone',
  })
  invitedBy: MemberSummary | null;
}

@ObjectType({ description: "A member's place in an organization" })
export class MemberAffiliation {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => OrganizationRoleEnum)
  role: OrganizationRole;
}
