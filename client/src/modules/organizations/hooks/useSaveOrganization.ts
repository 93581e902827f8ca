import { useMutation } from '@apollo/client/react';
import {
  CreateOrganizationDocument,
  UpdateOrganizationDocument,
  type CreateOrganizationInput,
  type UpdateOrganizationInput,
} from '../../../generated/graphql';
import type { OrganizationDetails } from './useOrganization';

/** Creates an organization (the member becomes its owner). */
export function useCreateOrganization() {
  const [mutate, { loading }] = useMutation(CreateOrganizationDocument);
  return {
    createOrganization: async (input: CreateOrganizationInput): Promise<OrganizationDetails> => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('createOrganization answered without data');
      return data.createOrganization;
    },
    loading,
  };
}

/** For owners and admins; others get FORBIDDEN. */
export function useUpdateOrganization() {
  const [mutate, { loading }] = useMutation(UpdateOrganizationDocument);
  return {
    updateOrganization: async (input: UpdateOrganizationInput): Promise<OrganizationDetails> => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('updateOrganization answered without data');
      return data.updateOrganization;
    },
    loading,
  };
}
