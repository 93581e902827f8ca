import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../common/graphql/enum-of.js';
import { PageInfo, Paginated } from '../../common/graphql/pagination.js';
import {
  CASE_SOURCES,
  CASE_STATUSES,
  MODERATION_ACTIONS,
  REPORT_REASONS,
  REPORT_STATUSES,
  REPORT_TARGET_TYPES,
  type CaseSource,
  type CaseStatus,
  type ContentSnapshot,
  type ModerationAction,
  type ReportReason,
  type ReportStatus,
  type ReportTargetType,
} from './moderation.types.js';

export const ReportReasonEnum = enumOf(REPORT_REASONS);
registerEnumType(ReportReasonEnum, { name: 'ReportReason' });

export const ReportTargetTypeEnum = enumOf(REPORT_TARGET_TYPES);
registerEnumType(ReportTargetTypeEnum, { name: 'ReportTargetType' });

export const ReportStatusEnum = enumOf(REPORT_STATUSES);
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description:
    'OPEN: waiting for staff; DISMISSED: staff took no action; UPHELD: staff acted on it',
});

export const ModerationCaseStatusEnum = enumOf(CASE_STATUSES);
registerEnumType(ModerationCaseStatusEnum, { name: 'ModerationCaseStatus' });

export const ModerationCaseSourceEnum = enumOf(CASE_SOURCES);
registerEnumType(ModerationCaseSourceEnum, {
  name: 'ModerationCaseSource',
  description: 'REPORTS: members reported it; SPAM_DEFENSE: the spam defenses flagged a burst',
});

export const ModerationActionKindEnum = enumOf(MODERATION_ACTIONS);
registerEnumType(ModerationActionKindEnum, {
  name: 'ModerationActionKind',
  description:
    'DISMISS: no action, reports dismissed, an auto-hidden target comes back; HIDE until UNHIDE; ' +
    'WARN the owner (in the app and by mail); SUSPEND the owner until a date or indefinitely, ' +
    'sessions revoked at once; RESTRICT the owner from posting and messaging, content kept; ' +
    'DELETE_CONTENT: a message, opportunity or organization deleted, a member’s profile text, ' +
    'links and photo cleared. All but DISMISS uphold the reports.',
});

@ObjectType({ description: 'A report you made, and what became of it' })
export class Report {
  @Field(() => ID)
  id: string;

  @Field(() => ReportTargetTypeEnum)
  targetType: ReportTargetType;

  @Field(() => ID)
  targetId: string;

  @Field({
    description:
      'What the reporter reported, as they saw it: a name or title; a message’s first words',
  })
  targetLabel: string;

  @Field(() => ReportReasonEnum)
  reason: ReportReason;

  @Field()
  note: string;

  @Field(() => ReportStatusEnum)
  status: ReportStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;
}

export const ReportConnection = Paginated(Report, 'ReportConnection');

@ObjectType({
  description:
    'A person as staff see them in the console (private fields included: this is staff-only)',
})
export class ModerationPerson {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  handle: string;

  @Field()
  email: string;

  @Field()
  joinedAt: Date;

  @Field()
  emailVerified: boolean;

  @Field({ description: 'Their profile is hidden' })
  hidden: boolean;

  @Field(() => Date, { nullable: true, description: 'Suspended now, until then' })
  suspendedUntil: Date | null;

  @Field({ description: 'Suspended now, with no end date' })
  suspendedIndefinitely: boolean;

  @Field({ description: 'Cannot post or message' })
  restricted: boolean;
}

@ObjectType({ description: 'A staff action from the audit log, for an item’s context' })
export class ModerationHistoryEntry {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field()
  action: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Null when the actor’s account is gone' })
  actorName: string | null;
}

@ObjectType()
export class ModeratedContent {
  @Field({ description: 'Name or title' })
  title: string;

  @Field({ description: 'Headline + bio, description, or message text (plain text)' })
  body: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The client path where it lives, e.g. /m/handle, /o/slug, /opportunities/id; null for a message',
  })
  path: string | null;

  @Field(() => Date, { nullable: true })
  createdAt: Date | null;

  @Field({ description: 'False once DELETE_CONTENT removed it' })
  exists: boolean;
}

@ObjectType({ description: 'What the spam defenses noticed' })
export class ModerationFlag {
  @Field()
  note: string;

  @Field()
  flaggedAt: Date;
}

@ObjectType()
export class ModerationCaseReport {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationPerson)
  reporter: ModerationPerson;

  @Field(() => ReportReasonEnum)
  reason: ReportReason;

  @Field()
  note: string;

  @Field()
  createdAt: Date;

  @Field(() => Int, {
    description:
      'The reporter’s earlier reports that staff resolved, and how many of those were upheld',
  })
  reporterResolvedCount: number;

  @Field(() => Int)
  reporterUpheldCount: number;
}

/**
 * A case's own row and its report tally; content, owner, history and reports are resolved by
 * field, batched per request.
 */
@ObjectType()
export class ModerationCase {
  @Field(() => ID)
  id: string;

  @Field(() => ReportTargetTypeEnum)
  targetType: ReportTargetType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ModerationCaseStatusEnum)
  status: CaseStatus;

  @Field(() => ModerationCaseSourceEnum)
  source: CaseSource;

  @Field({ description: 'Hidden automatically when enough members reported it' })
  autoHidden: boolean;

  @Field(() => [ReportReasonEnum])
  reasons: ReportReason[];

  @Field(() => Int)
  reportCount: number;

  @Field()
  openedAt: Date;

  @Field()
  lastReportedAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => ModerationActionKindEnum, { nullable: true })
  resolution: ModerationAction | null;

  @Field(() => [ModerationFlag], { description: 'What the spam defenses noticed, oldest first' })
  flags: ModerationFlag[];

  /** Not in the schema: the owner and the content when last reported, for the field resolvers. */
  storedOwnerId: string | null;
  snapshot: ContentSnapshot;
}

@ObjectType()
export class ModerationCaseConnection {
  @Field(() => [ModerationCase])
  nodes: ModerationCase[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Cases matching the filter, on every page' })
  totalCount: number;
}

@ObjectType()
export class ModerateCasesPayload {
  @Field(() => [ModerationCase])
  cases: ModerationCase[];
}

@ObjectType({ description: 'What waits for city staff' })
export class ModerationQueueCounts {
  @Field(() => Int, { description: 'Open cases' })
  open: number;

  @Field(() => Int, { description: 'Open cases whose content was hidden by reports' })
  autoHidden: number;

  @Field(() => Int, { description: 'Opportunities waiting for review (IN_REVIEW)' })
  opportunitiesInReview: number;

  @Field(() => Int, { description: 'Organizations that asked to be verified and are not yet' })
  organizationsPendingVerification: number;

  @Field(() => Int, {
    description: 'Applications to the connector programme waiting for a decision',
  })
  connectorApplications: number;
}
