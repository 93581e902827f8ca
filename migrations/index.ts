import type { MigrationInterface } from 'typeorm';
import { Initial1795330014559 } from './1795330014559-Initial.js';
import { AddAccountsAndMail1795332475795 } from './1795332475795-AddAccountsAndMail.js';
import { AddProfiles1795333300799 } from './1795333300799-AddProfiles.js';
import { AddAuditAndTombstones1795333672816 } from './1795333672816-AddAuditAndTombstones.js';
import { AddOrganizations1795334299436 } from './1795334299436-AddOrganizations.js';
import { AddOrganizationInvitations1795334947577 } from './1795334947577-AddOrganizationInvitations.js';
import { AddMemberPhoto1795335277391 } from './1795335277391-AddMemberPhoto.js';
import { AddOrganizationLogo1795434189188 } from './1795434189188-AddOrganizationLogo.js';
import { AddInvitationInvitee1795435726968 } from './1795435726968-AddInvitationInvitee.js';
import { AddNetwork1795437288943 } from './1795437288943-AddNetwork.js';
import { AddNotifications1795437743693 } from './1795437743693-AddNotifications.js';
import { AddGraphIndexes1795439582601 } from './1795439582601-AddGraphIndexes.js';
import { AddOpportunities1795445548166 } from './1795445548166-AddOpportunities.js';
import { AddMatchmaking1795446449506 } from './1795446449506-AddMatchmaking.js';
import { AddSearch1795446978947 } from './1795446978947-AddSearch.js';
import { AddMatchFacts1795450762373 } from './1795450762373-AddMatchFacts.js';
import { AddSearchIndexes1795450865777 } from './1795450865777-AddSearchIndexes.js';
import { AddModerationStanding1795457448559 } from './1795457448559-AddModerationStanding.js';
import { AddReviewsConnectorsAuditLog1795457762664 } from './1795457762664-AddReviewsConnectorsAuditLog.js';
import { AddModeration1795457839940 } from './1795457839940-AddModeration.js';
import { AddSpamSignals1795457957156 } from './1795457957156-AddSpamSignals.js';
import { AddVisibility1795458905123 } from './1795458905123-AddVisibility.js';

/** Every migration, oldest first. `npm run db:migration:generate -- <Name>` rewrites this list. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795330014559,
  AddAccountsAndMail1795332475795,
  AddProfiles1795333300799,
  AddAuditAndTombstones1795333672816,
  AddOrganizations1795334299436,
  AddOrganizationInvitations1795334947577,
  AddMemberPhoto1795335277391,
  AddOrganizationLogo1795434189188,
  AddInvitationInvitee1795435726968,
  AddNetwork1795437288943,
  AddNotifications1795437743693,
  AddGraphIndexes1795439582601,
  AddOpportunities1795445548166,
  AddMatchmaking1795446449506,
  AddSearch1795446978947,
  AddMatchFacts1795450762373,
  AddSearchIndexes1795450865777,
  AddModerationStanding1795457448559,
  AddReviewsConnectorsAuditLog1795457762664,
  AddModeration1795457839940,
  AddSpamSignals1795457957156,
  AddVisibility1795458905123,
];
