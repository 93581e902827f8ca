import { useMutation } from '@apollo/client/react';
import {
  CloseOpportunityDocument,
  CreateOpportunityDocument,
  ExpressInterestDocument,
  PublishOpportunityDocument,
  RecordInterestOutcomeDocument,
  SaveOpportunityDocument,
  UnsaveOpportunityDocument,
  UpdateOpportunityDocument,
  WithdrawInterestDocument,
  type CreateOpportunityInput,
  type OutcomeKind,
  type UpdateOpportunityInput,
} from '../../../generated/graphql';
import { forgetLists } from './cache';
import type { OpportunityDetails } from './useOpportunity';

/**
 * Save or unsave for later. The saved list is not forgotten: unsaving there leaves the card in
 * place (to save it again at once); the list is read afresh each time it is shown.
 */
export function useSaveOpportunity() {
  const [save, { loading: saving }] = useMutation(SaveOpportunityDocument);
  const [unsave, { loading: unsaving }] = useMutation(UnsaveOpportunityDocument);
  return {
    setSaved: async (opportunityId: string, saved: boolean) => {
      const options = { variables: { input: { opportunityId } } };
      await (saved ? save(options) : unsave(options));
    },
    loading: saving || unsaving,
  };
}

export function useCreateOpportunity() {
  const [mutate, { loading }] = useMutation(CreateOpportunityDocument);
  return {
    createOpportunity: async (input: CreateOpportunityInput): Promise<OpportunityDetails> => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) => forgetLists(cache, ['opportunities', 'search']),
      });
      if (!data) throw new Error('createOpportunity answered without data');
      return data.createOpportunity;
    },
    loading,
  };
}

export function useUpdateOpportunity() {
  const [mutate, { loading }] = useMutation(UpdateOpportunityDocument);
  return {
    updateOpportunity: async (input: UpdateOpportunityInput): Promise<OpportunityDetails> => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) => forgetLists(cache, ['search']),
      });
      if (!data) throw new Error('updateOpportunity answered without data');
      return data.updateOpportunity;
    },
    loading,
  };
}

/** Publish a draft, or close: either changes which lists show it. */
export function useOpportunityLifecycle() {
  const [publish, { loading: publishing }] = useMutation(PublishOpportunityDocument);
  const [close, { loading: closing }] = useMutation(CloseOpportunityDocument);
  const update = (cache: Parameters<typeof forgetLists>[0]) =>
    forgetLists(cache, ['opportunities', 'search']);
  return {
    publishOpportunity: async (opportunityId: string): Promise<OpportunityDetails> => {
      const { data } = await publish({ variables: { input: { opportunityId } }, update });
      if (!data) throw new Error('publishOpportunity answered without data');
      return data.publishOpportunity;
    },
    closeOpportunity: async (opportunityId: string): Promise<OpportunityDetails> => {
      const { data } = await close({ variables: { input: { opportunityId } }, update });
      if (!data) throw new Error('closeOpportunity answered without data');
      return data.closeOpportunity;
    },
    publishing,
    closing,
  };
}

/** Express interest (for oneself or an organization) and withdraw it. */
export function useInterest() {
  const [express, { loading: expressing }] = useMutation(ExpressInterestDocument);
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawInterestDocument);
  const update = (cache: Parameters<typeof forgetLists>[0]) =>
    forgetLists(cache, ['myOpportunityInterests']);
  return {
    expressInterest: async (
      opportunityId: string,
      message: string,
      organizationId: string | null,
    ) => {
      const trimmed = message.trim();
      await express({
        variables: {
          input: {
            opportunityId,
            ...(trimmed ? { message: trimmed } : {}),
            ...(organizationId ? { organizationId } : {}),
          },
        },
        update,
      });
    },
    withdrawInterest: async (opportunityId: string) => {
      await withdraw({ variables: { input: { opportunityId } }, update });
    },
    expressing,
    withdrawing,
  };
}

export function useRecordInterestOutcome() {
  const [mutate, { loading }] = useMutation(RecordInterestOutcomeDocument);
  return {
    recordOutcome: async (interestId: string, kind: OutcomeKind, note: string) => {
      const trimmed = note.trim();
      await mutate({
        variables: { input: { interestId, kind, ...(trimmed ? { note: trimmed } : {}) } },
      });
    },
    loading,
  };
}
