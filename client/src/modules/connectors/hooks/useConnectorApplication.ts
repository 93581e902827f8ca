import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApplyAsConnectorDocument,
  MyConnectorApplicationDocument,
  WithdrawConnectorApplicationDocument,
  type ApplyAsConnectorInput,
  type ConnectorApplicationFieldsFragment,
} from '../../../generated/graphql';

export type ConnectorApplication = ConnectorApplicationFieldsFragment;

/** The viewer's newest application to the connector programme, if any. */
export function useMyConnectorApplication() {
  const { data, loading, error, refetch } = useQuery(MyConnectorApplicationDocument, {
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return {
    /** Undefined while loading; null when the viewer never applied. */
    application: data ? data.myConnectorApplication : undefined,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** Whatever a mutation answered becomes "my application". */
function remember(cache: ApolloCache, application: ConnectorApplication | undefined) {
  if (!application) return;
  cache.writeQuery({
    query: MyConnectorApplicationDocument,
    data: { myConnectorApplication: application },
  });
}

export function useApplyAsConnector() {
  const [mutate, { loading }] = useMutation(ApplyAsConnectorDocument);
  return {
    applyAsConnector: async (input: ApplyAsConnectorInput): Promise<ConnectorApplication> => {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data: answer }) => remember(cache, answer?.applyAsConnector),
      });
      if (!data) throw new Error('applyAsConnector answered without data');
      return data.applyAsConnector;
    },
    loading,
  };
}

export function useWithdrawConnectorApplication() {
  const [mutate, { loading }] = useMutation(WithdrawConnectorApplicationDocument);
  return {
    withdraw: async (): Promise<ConnectorApplication> => {
      const { data } = await mutate({
        update: (cache, { data: answer }) => remember(cache, answer?.withdrawConnectorApplication),
      });
      if (!data) throw new Error('withdrawConnectorApplication answered without data');
      return data.withdrawConnectorApplication;
    },
    loading,
  };
}
