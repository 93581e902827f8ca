import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  OpportunitiesInReviewDocument,
  OrganizationsPendingVerificationDocument,
  ReviewOpportunityDocument,
  StaffConsoleCountsDocument,
  VerifyOrganizationDocument,
  type ReviewOpportunityFieldsFragment,
  type ReviewOrganizationFieldsFragment,
} from '../../../generated/graphql';
import { forgetLists } from '../../opportunities/hooks/cache';
import { usePagedList, type PagedList } from '../../staff/hooks/usePagedList';
import { STAFF_PAGE_SIZE } from '../../staff/limits';

export type OpportunityInReview = ReviewOpportunityFieldsFragment;
export type OrganizationToVerify = ReviewOrganizationFieldsFragment;

/**
 * Opportunities waiting for review, oldest first. A decision answers with the opportunity's new
 * status, which the cache writes over it: decided ones leave the list at once.
 */
export function useOpportunitiesInReview(): PagedList<OpportunityInReview> {
  const list = usePagedList(OpportunitiesInReviewDocument, 'opportunitiesInReview', {
    first: STAFF_PAGE_SIZE,
  });
  return { ...list, items: list.items?.filter((item) => item.status === 'IN_REVIEW') };
}

/** Organizations whose owners asked to be verified, oldest request first; decided ones leave. */
export function useOrganizationsPendingVerification(): PagedList<OrganizationToVerify> {
  const list = usePagedList(
    OrganizationsPendingVerificationDocument,
    'organizationsPendingVerification',
    { first: STAFF_PAGE_SIZE },
  );
  return {
    ...list,
    items: list.items?.filter((item) => item.verificationPending && !item.verified),
  };
}

/** Approve an opportunity (published) or reject it with a note for its poster (back to draft). */
export function useReviewOpportunity() {
  const [mutate, { loading }] = useMutation(ReviewOpportunityDocument, {
    refetchQueries: [StaffConsoleCountsDocument],
  });
  return {
    reviewOpportunity: async (opportunityId: string, approve: boolean, note?: string) => {
      await mutate({
        variables: { input: { opportunityId, approve, ...(note ? { note } : {}) } },
        // A published opportunity joins the public lists.
        update: (cache) => forgetLists(cache, ['opportunities', 'search']),
      });
    },
    loading,
  };
}

function forgetOrganizationLists(cache: ApolloCache) {
  for (const fieldName of ['organizations', 'search']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/** Grant the verified badge, or refuse it with a note for the owners. */
export function useVerifyOrganization() {
  const [mutate, { loading }] = useMutation(VerifyOrganizationDocument, {
    refetchQueries: [StaffConsoleCountsDocument],
  });
  return {
    verifyOrganization: async (organizationId: string, verified: boolean, note?: string) => {
      await mutate({
        variables: { input: { organizationId, verified, ...(note ? { note } : {}) } },
        // The badge shows in lists, and "verified only" filters by it.
        update: forgetOrganizationLists,
      });
    },
    loading,
  };
}
