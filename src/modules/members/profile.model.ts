import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  BUSINESS_STAGES,
  NEED_OFFER_CATEGORIES,
  type BusinessStage,
  type NeedOfferCategory,
} from '../../common/taxonomy/need-offer-categories.js';
import {
  AUDIENCES,
  FIELD_VISIBILITIES,
  type Audience,
  type FieldVisibility,
} from './profile.types.js';
import { enumOf } from '../../common/graphql/enum-of.js';

export const NeedOfferCategoryEnum = enumOf(NEED_OFFER_CATEGORIES);
registerEnumType(NeedOfferCategoryEnum, {
  name: 'NeedOfferCategory',
  description: 'The one taxonomy of what members and organizations need and offer',
});
export const BusinessStageEnum = enumOf(BUSINESS_STAGES);
registerEnumType(BusinessStageEnum, { name: 'BusinessStage' });
export const FieldVisibilityEnum = enumOf(FIELD_VISIBILITIES);
registerEnumType(FieldVisibilityEnum, {
  name: 'FieldVisibility',
  description: 'Who may see a field: anyone, members, connections, or only the member',
});
export const AudienceEnum = enumOf(AUDIENCES);
registerEnumType(AudienceEnum, { name: 'Audience' });

@ObjectType()
export class Statement {
  @Field(() => ID)
  id: string;

  @Field(() => NeedOfferCategoryEnum)
  category: NeedOfferCategory;

  @Field()
  text: string;
}

@ObjectType()
export class ProfileLink {
  @Field()
  label: string;

  @Field()
  url: string;
}

@ObjectType({ description: 'In the city (a neighborhood) or elsewhere (city and country)' })
export class MemberLocation {
  @Field(() => String, { nullable: true, description: 'Slug of one of the city neighborhoods' })
  neighborhood: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  country: string | null;
}

@ObjectType()
export class ProfileVisibilitySettings {
  @Field(() => FieldVisibilityEnum)
  email: FieldVisibility;

  @Field(() => FieldVisibilityEnum)
  phone: FieldVisibility;

  @Field(() => FieldVisibilityEnum)
  links: FieldVisibility;

  @Field(() => FieldVisibilityEnum)
  location: FieldVisibility;
}

@ObjectType()
export class PrivacySettingsModel {
  @Field(() => AudienceEnum, { description: 'Who may send me connection requests' })
  connectionRequests: Audience;

  @Field(() => AudienceEnum, { description: 'Who may message me' })
  messages: Audience;

  @Field({ description: 'Whether search engines may index my public profile' })
  searchEngineIndexing: boolean;
}

@ObjectType({
  description: 'Moderation standing: only for the member themselves and staff (null for others)',
})
export class ModerationStanding {
  @Field({ description: 'Hidden from everyone but you and city staff' })
  hidden: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'Suspended until then (null when not suspended, or suspended indefinitely)',
  })
  suspendedUntil: Date | null;

  @Field()
  suspendedIndefinitely: boolean;

  @Field({ description: 'May not post or message; what was written stays' })
  restricted: boolean;
}

/** A member's profile as one viewer may see it: fields hidden from that viewer are null. */
@ObjectType()
export class Member {
  @Field(() => ID)
  id: string;

  @Field()
  handle: string;

  @Field()
  displayName: string;

  @Field()
  headline: string;

  @Field()
  bio: string;

  @Field(() => String, { nullable: true, description: 'A 512×512 WebP image' })
  photoUrl: string | null;

  @Field({ description: 'A connector approved by city staff' })
  isConnector: boolean;

  @Field({ description: 'City staff' })
  isStaff: boolean;

  @Field(() => MemberLocation, { nullable: true })
  location: MemberLocation | null;

  @Field(() => [String], { description: 'Language codes, e.g. en, es' })
  languages: string[];

  @Field(() => [String], { description: 'NAICS 2-digit sector codes' })
  sectors: string[];

  @Field(() => BusinessStageEnum, { nullable: true })
  stage: BusinessStage | null;

  @Field(() => [Statement])
  needs: Statement[];

  @Field(() => [Statement])
  offers: Statement[];

  @Field(() => [ProfileLink], { nullable: true })
  links: ProfileLink[] | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field({ description: 'Considering locating their business in the city' })
  consideringLocating: boolean;

  @Field()
  joinedAt: Date;

  @Field(() => ProfileVisibilitySettings, { nullable: true, description: 'Only for the member' })
  visibility: ProfileVisibilitySettings | null;

  @Field(() => PrivacySettingsModel, { nullable: true, description: 'Only for the member' })
  privacy: PrivacySettingsModel | null;

  @Field({ description: 'Whether this is the viewer’s own profile' })
  isViewer: boolean;

  @Field({ description: 'Whether search engines may index this profile (noindex when false)' })
  indexable: boolean;

  @Field(() => ModerationStanding, {
    nullable: true,
    description:
      'Hidden, suspended or restricted by moderation: only for the member and city staff',
  })
  moderation: ModerationStanding | null;
}
