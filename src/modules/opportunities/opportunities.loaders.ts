import type DataLoader from 'dataloader';
import type { Request } from 'express';
import type { Viewer } from '../../common/auth/viewer.js';
import type { Page } from '../../common/graphql/pagination.js';
import { requestLoader } from '../../common/graphql/request-loaders.js';
import type { Member } from '../members/profile.model.js';
import type { Organization } from '../organizations/organization.model.js';
import type { OpportunityInterest } from './opportunity-interest.model.js';
import type { Opportunity } from './opportunity.model.js';
import type { InterestPageKey, OpportunitiesService } from './opportunities.service.js';

/**
 * Everything an Opportunity (or an interest) resolves beyond its own row, batched per request:
 * a list of 50 costs the same queries as a list of 5. One viewer per request, so the viewer is
 * part of each loader, not of its keys.
 */
export const opportunityLoaders = (
  request: Request,
  viewer: Viewer | undefined,
  service: OpportunitiesService,
) => ({
  /** Members as the viewer may see them: posters and interested members. */
  member: (): DataLoader<string, Member | null> =>
    requestLoader(request, 'opportunities.member', (ids) => service.people(ids, viewer)),
  organization: (): DataLoader<string, Organization | null> =>
    requestLoader(request, 'opportunities.organization', (ids) =>
      service.organizationsById(ids, viewer),
    ),
  /** The organizations the viewer owns or administers; one key, asked by every opportunity. */
  managed: (): DataLoader<'viewer', ReadonlySet<string>> =>
    requestLoader(request, 'opportunities.managed', async (keys) => {
      const managed = await service.managedBy(viewer);
      return keys.map(() => managed);
    }),
  saved: (viewer: Viewer): DataLoader<string, boolean> =>
    requestLoader(request, 'opportunities.saved', (ids) => service.savedFlags(viewer, ids)),
  viewerInterest: (viewer: Viewer): DataLoader<string, OpportunityInterest | null> =>
    requestLoader(request, 'opportunities.viewerInterest', (ids) =>
      service.viewerInterests(viewer, ids),
    ),
  /** Whether moderation withholds it (only the poster side and staff ever see true). */
  hidden: (): DataLoader<string, boolean> =>
    requestLoader(request, 'opportunities.hidden', (ids) => service.hiddenFlags(ids)),
  interestCount: (): DataLoader<string, number> =>
    requestLoader(request, 'opportunities.interestCount', (ids) => service.interestCounts(ids)),
  interests: (): DataLoader<InterestPageKey, Page<OpportunityInterest>> =>
    requestLoader(request, 'opportunities.interests', (keys) => service.interestPages(keys)),
  /** An interest's opportunity, for the interested member or the poster side. */
  opportunity: (): DataLoader<string, Opportunity | null> =>
    requestLoader(request, 'opportunities.forInterest', (ids) => service.forInterests(ids)),
});
