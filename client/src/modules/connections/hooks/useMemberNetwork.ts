import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  IntroductionPathDocument,
  MutualConnectionsDocument,
  type IntroductionPathQuery,
  type MutualConnectionsQuery,
} from '../../../generated/graphql';
import { REVALIDATE_ON_MOUNT } from './revalidate';

/** How many mutual connections a profile names; the rest are counted. */
export const MUTUAL_PREVIEW_COUNT = 3;

export type MutualConnection = MutualConnectionsQuery['mutualConnections'][number];
export type IntroductionPath = NonNullable<IntroductionPathQuery['introductionPath']>;

/** The first few connections the viewer shares with a member; skipped when `skip`. */
export function useMutualConnections(
  memberId: string,
  skip: boolean,
): { mutualConnections: MutualConnection[] | undefined; error: ErrorLike | undefined } {
  const { data, error } = useQuery(MutualConnectionsDocument, {
    variables: { memberId, first: MUTUAL_PREVIEW_COUNT },
    ...REVALIDATE_ON_MOUNT,
    skip,
  });
  return { mutualConnections: data?.mutualConnections, error };
}

/** The shortest chain from the viewer to a member; null past three hops. */
export function useIntroductionPath(
  memberId: string,
  skip: boolean,
): { path: IntroductionPath | null | undefined; error: ErrorLike | undefined } {
  const { data, error } = useQuery(IntroductionPathDocument, {
    variables: { memberId },
    ...REVALIDATE_ON_MOUNT,
    skip,
  });
  return { path: data ? data.introductionPath : undefined, error };
}
