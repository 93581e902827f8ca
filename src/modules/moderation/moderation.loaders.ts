import type DataLoader from 'dataloader';
import type { Request } from 'express';
import { requestLoader } from '../../common/graphql/request-loaders.js';
import type {
  ModerationCase,
  ModerationCaseReport,
  ModerationHistoryEntry,
  ModerationPerson,
} from './moderation.model.js';
import type { CaseState, ModerationService } from './moderation.service.js';

/**
 * What a ModerationCase resolves beyond its row, batched per request: a page of 50 cases costs
 * the same few statements as one (content by kind of target, owners, reports, history, tallies).
 * Cases are keyed by their object: the same parent object asks every loader.
 */
export const moderationLoaders = (request: Request, service: ModerationService) => {
  const state = (): DataLoader<ModerationCase, CaseState> =>
    requestLoader(request, 'moderation.state', (cases) => service.states(cases));
  return {
    state,
    person: (): DataLoader<string, ModerationPerson | null> =>
      requestLoader(request, 'moderation.person', (ids) => service.people(ids)),
    reports: (): DataLoader<string, ModerationCaseReport[]> =>
      requestLoader(request, 'moderation.reports', (ids) => service.reportsOf(ids)),
    history: (): DataLoader<ModerationCase, ModerationHistoryEntry[]> =>
      requestLoader(request, 'moderation.history', async (cases) => {
        const states = await state().loadMany(cases);
        return service.histories(
          cases.map((item, index) => {
            const found = states[index];
            return { item, ownerId: found instanceof Error ? item.storedOwnerId : found.ownerId };
          }),
        );
      }),
    ownerReportCount: (): DataLoader<string, number> =>
      requestLoader(request, 'moderation.ownerReportCount', (ids) =>
        service.reportCountsAgainst(ids),
      ),
  };
};
