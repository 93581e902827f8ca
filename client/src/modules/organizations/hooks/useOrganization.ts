import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { OrganizationDocument, type OrganizationFieldsFragment } from '../../../generated/graphql';

export type OrganizationDetails = OrganizationFieldsFragment;

export interface UseOrganizationResult {
  /** Null when there is no organization at that slug. */
  organization: OrganizationDetails | null | undefined;
  error: ErrorLike | undefined;
}

export function useOrganization(slug: string): UseOrganizationResult {
  const { data, error } = useQuery(OrganizationDocument, { variables: { slug } });
  return { organization: data ? data.organization : undefined, error };
}
