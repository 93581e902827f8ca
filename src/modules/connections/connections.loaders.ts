import type DataLoader from 'dataloader';
import type { Request } from 'express';
import { requestLoader } from '../../common/graphql/request-loaders.js';
import type { ViewerConnection } from './connection.model.js';
import type { ConnectionsService } from './connections.service.js';

/**
 * The viewer's place in the network for every Member of one request, batched: a list of 50
 * members costs the same queries as a list of 5. Resolvers that already know a value (a
 * suggestion's degree and mutual count) prime the loader, so it is not asked again.
 */
export const networkLoaders = (
  request: Request,
  viewerId: string,
  service: ConnectionsService,
) => ({
  degree: (): DataLoader<string, number | null> =>
    requestLoader(request, 'degree', (ids) => service.degrees(viewerId, ids)),
  mutualCount: (): DataLoader<string, number | null> =>
    requestLoader(request, 'mutualCount', (ids) => service.mutualCounts(viewerId, ids)),
  viewerConnection: (): DataLoader<string, ViewerConnection> =>
    requestLoader(request, 'viewerConnection', (ids) => service.viewerConnections(viewerId, ids)),
});
