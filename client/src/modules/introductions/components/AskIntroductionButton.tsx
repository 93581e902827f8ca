import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequestIntroduction } from '../hooks/useIntroductions';
import { REASON_MAX_LENGTH } from '../limits';
import { NoteDialog } from './NoteDialog';

interface Person {
  id: string;
  displayName: string;
}

/**
 * On a profile two hops away: asks the person in the middle to introduce the viewer, with a
 * reason (1 to 500 characters) they will read.
 */
export function AskIntroductionButton({
  introducer,
  target,
}: {
  introducer: Person;
  target: Person;
}) {
  const { t } = useTranslation();
  const { requestIntroduction, loading } = useRequestIntroduction();
  const [opened, setOpened] = useState(false);
  const [sent, setSent] = useState(false);
  const names = { introducer: introducer.displayName, target: target.displayName };
  return (
    <Stack gap={6} align="flex-start">
      {sent ? (
        <Text role="status" fw={600}>
          {t('askIntroduction.sent', { name: introducer.displayName })}
        </Text>
      ) : (
        <Button variant="default" onClick={() => setOpened(true)}>
          {t('askIntroduction.button', { name: introducer.displayName })}
        </Button>
      )}
      <NoteDialog
        opened={opened}
        title={t('askIntroduction.title', names)}
        intro={t('askIntroduction.intro', names)}
        noteLabel={t('askIntroduction.reason', names)}
        max={REASON_MAX_LENGTH}
        requiredMessage={t('askIntroduction.reasonRequired')}
        submitLabel={t('askIntroduction.send')}
        loading={loading}
        onClose={() => setOpened(false)}
        onSubmit={async (reason) => {
          await requestIntroduction(introducer.id, target.id, reason);
          setOpened(false);
          setSent(true);
        }}
      />
    </Stack>
  );
}
