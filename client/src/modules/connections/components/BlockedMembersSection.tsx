import { Alert, Button, Flex, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../auth/components/FormAlert';
import { connectionErrorMessage } from '../errors';
import { useBlockedMembers, type BlockedMember } from '../hooks/useBlockedMembers';
import { useUnblockMember } from '../hooks/useConnectionActions';

/** In account settings: the members the viewer blocked, each with "Unblock". */
export function BlockedMembersSection() {
  const { t } = useTranslation();
  const { blockedMembers, error } = useBlockedMembers();
  const { unblockMember } = useUnblockMember();
  const [unblocking, setUnblocking] = useState<string>();
  const [failure, setFailure] = useState<{ id: string; message: string }>();
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);

  // The row (and its button) is gone; the notice takes the focus.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  async function unblock(member: BlockedMember) {
    setUnblocking(member.id);
    setFailure(undefined);
    setNotice(undefined);
    try {
      await unblockMember(member.id);
      setNotice(t('blockedMembers.unblocked', { name: member.displayName }));
    } catch (caught) {
      setFailure({ id: member.id, message: connectionErrorMessage(t, caught) });
    } finally {
      setUnblocking(undefined);
    }
  }

  return (
    <Stack component="section" aria-labelledby="blocked-title" gap="md">
      <Title id="blocked-title" order={2} fz="h3">
        {t('blockedMembers.heading')}
      </Title>
      <Text>{t('blockedMembers.intro')}</Text>
      {notice && (
        <Alert ref={noticeRef} tabIndex={-1} color="grow" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {error && !blockedMembers && (
        <Alert color="red" variant="light" role="alert">
          {t('status.errorServer')}
        </Alert>
      )}
      {blockedMembers?.length === 0 && <Text c="dimmed">{t('blockedMembers.empty')}</Text>}
      {blockedMembers && blockedMembers.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {blockedMembers.map((member) => (
            <li key={member.id}>
              <Flex
                direction={{ base: 'column', xs: 'row' }}
                justify="space-between"
                align={{ base: 'stretch', xs: 'center' }}
                gap="xs"
              >
                <div>
                  <Text fw={600}>{member.displayName}</Text>
                  <Text size="sm" c="dimmed">
                    {t('profile.handle', { handle: member.handle })}
                  </Text>
                </div>
                <Button
                  variant="default"
                  size="xs"
                  aria-label={t('blockedMembers.unblockNamed', { name: member.displayName })}
                  loading={unblocking === member.id}
                  disabled={unblocking !== undefined}
                  onClick={() => void unblock(member)}
                >
                  {t('blockedMembers.unblock')}
                </Button>
              </Flex>
              {failure?.id === member.id && <FormAlert>{failure.message}</FormAlert>}
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
