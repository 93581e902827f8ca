import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  AnswerIntroductionDocument,
  DeclineIntroductionRequestDocument,
  ForwardIntroductionRequestDocument,
  IntroducerRecordDocument,
  IntroductionRequestsDocument,
  IntroductionsDocument,
  ProposeIntroductionDocument,
  RecordIntroductionOutcomeDocument,
  RequestIntroductionDocument,
  type IntroductionRequestRole,
  type IntroductionRole,
  type OutcomeKind,
} from '../../../generated/graphql';
import { REVALIDATE_ON_MOUNT } from '../../connections/hooks/revalidate';

/** How many of each list the introductions page shows. */
export const INTRODUCTIONS_SHOWN = 50;

/*
 * Mutations answer with the introduction (or request) they changed, which Apollo writes over the
 * cached one: cards follow in place. A change that adds to a list, or to the introducer's record,
 * forgets those root fields; they are read again when next shown.
 */
type IntroductionList = 'introductions' | 'introductionRequests' | 'introducerRecord';

function forget(cache: ApolloCache, fields: readonly IntroductionList[]) {
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

export function useIntroductions(role: IntroductionRole) {
  const { data, loading, error, refetch } = useQuery(IntroductionsDocument, {
    variables: { role, first: INTRODUCTIONS_SHOWN },
    ...REVALIDATE_ON_MOUNT,
  });
  return { introductions: data?.introductions.nodes, loading, error, refetch };
}

export function useIntroductionRequests(role: IntroductionRequestRole) {
  const { data, loading, error, refetch } = useQuery(IntroductionRequestsDocument, {
    variables: { role, first: INTRODUCTIONS_SHOWN },
    ...REVALIDATE_ON_MOUNT,
  });
  return { requests: data?.introductionRequests.nodes, loading, error, refetch };
}

export function useIntroducerRecord() {
  const { data } = useQuery(IntroducerRecordDocument, REVALIDATE_ON_MOUNT);
  return data?.introducerRecord;
}

export function useAnswerIntroduction() {
  const [mutate, { loading }] = useMutation(AnswerIntroductionDocument);
  return {
    answerIntroduction: async (introductionId: string, accept: boolean) => {
      await mutate({ variables: { input: { introductionId, accept } } });
    },
    loading,
  };
}

export function useRecordOutcome() {
  const [mutate, { loading }] = useMutation(RecordIntroductionOutcomeDocument);
  return {
    recordOutcome: async (introductionId: string, kind: OutcomeKind, note: string) => {
      const trimmed = note.trim();
      await mutate({
        variables: { input: { introductionId, kind, ...(trimmed ? { note: trimmed } : {}) } },
        update: (cache) => forget(cache, ['introducerRecord']),
      });
    },
    loading,
  };
}

/** Forwarding makes the introduction: the introducer's lists and record change too. */
export function useAnswerIntroductionRequest() {
  const [forward, { loading: forwarding }] = useMutation(ForwardIntroductionRequestDocument);
  const [decline, { loading: declining }] = useMutation(DeclineIntroductionRequestDocument);
  const input = (requestId: string, note: string) => {
    const trimmed = note.trim();
    return { requestId, ...(trimmed ? { note: trimmed } : {}) };
  };
  return {
    forwardRequest: async (requestId: string, note: string) => {
      await forward({
        variables: { input: input(requestId, note) },
        update: (cache) => forget(cache, ['introductions', 'introducerRecord']),
      });
    },
    declineRequest: async (requestId: string, note: string) => {
      await decline({ variables: { input: input(requestId, note) } });
    },
    loading: forwarding || declining,
  };
}

export function useRequestIntroduction() {
  const [mutate, { loading }] = useMutation(RequestIntroductionDocument);
  return {
    requestIntroduction: async (introducerId: string, targetId: string, reason: string) => {
      await mutate({
        variables: { input: { introducerId, targetId, reason: reason.trim() } },
        update: (cache) => forget(cache, ['introductionRequests']),
      });
    },
    loading,
  };
}

export function useProposeIntroduction() {
  const [mutate, { loading }] = useMutation(ProposeIntroductionDocument);
  return {
    proposeIntroduction: async (memberAId: string, memberBId: string, note: string) => {
      await mutate({
        variables: { input: { memberAId, memberBId, note: note.trim() } },
        update: (cache) => forget(cache, ['introductions', 'introducerRecord']),
      });
    },
    loading,
  };
}
