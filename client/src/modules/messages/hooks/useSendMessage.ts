import { useMutation } from '@apollo/client/react';
import { SendMessageDocument, type MessageFieldsFragment } from '../../../generated/graphql';
import { addMessageToThread } from '../cache';

export type SendTo = { conversationId: string } | { recipientId: string };

/** Sends a message (a reply, or to a member) and adds it to its thread's cached messages. */
export function useSendMessage() {
  const [send, { loading }] = useMutation(SendMessageDocument);
  return {
    sendMessage: async (to: SendTo, body: string): Promise<MessageFieldsFragment> => {
      const { data } = await send({
        variables: { input: { ...to, body } },
        update: (cache, { data: sent }) => {
          if (sent) addMessageToThread(cache, sent.sendMessage);
        },
      });
      if (!data) throw new Error('sendMessage answered without data');
      return data.sendMessage;
    },
    loading,
  };
}
