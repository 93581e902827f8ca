import { Alert, Button, NativeSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NotificationSettingsDocument,
  UpdateNotificationSettingsDocument,
  type NotificationChannel,
  type NotificationType,
} from '../../../generated/graphql';
import { FormAlert } from '../../auth/components/FormAlert';
import { connectionErrorMessage } from '../../connections/errors';

const CHANNELS: readonly NotificationChannel[] = ['IN_APP', 'EMAIL', 'OFF'];

/** On the account page: for each type, here / by email / off; the weekly match digest; the daily digest. */
export function NotificationSettingsSection() {
  const { t } = useTranslation();
  const { data, error } = useQuery(NotificationSettingsDocument);
  const [save, { loading }] = useMutation(UpdateNotificationSettingsDocument);
  const [changes, setChanges] = useState<Partial<Record<NotificationType, NotificationChannel>>>(
    {},
  );
  const [digest, setDigest] = useState<boolean>();
  const [saveError, setSaveError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const settings = data?.notificationSettings;
  // The weekly match digest is an email or nothing: a switch, not a choice of channel.
  const matchDigest = settings?.preferences.find(({ type }) => type === 'MATCH_DIGEST');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!settings) return;
    setSaveError(undefined);
    setSaved(false);
    try {
      await save({
        variables: {
          input: {
            preferences: settings.preferences.map(({ type, channel }) => ({
              type,
              channel: changes[type] ?? channel,
            })),
            dailyDigest: digest ?? settings.dailyDigest,
          },
        },
        // The settings have no id to merge by: what the server saved replaces the cached query.
        update: (cache, { data: result }) => {
          if (!result) return;
          cache.writeQuery({
            query: NotificationSettingsDocument,
            data: { notificationSettings: result.updateNotificationSettings },
          });
        },
      });
    } catch (caught) {
      setSaveError(connectionErrorMessage(t, caught));
      return;
    }
    setChanges({});
    setDigest(undefined);
    setSaved(true);
  }

  return (
    <Stack component="section" aria-labelledby="notification-settings-title" gap="md">
      <Title id="notification-settings-title" order={2} fz="h3">
        {t('notificationSettings.heading')}
      </Title>
      <Text>{t('notificationSettings.intro')}</Text>
      {error && !settings && <FormAlert>{t('notificationSettings.loadError')}</FormAlert>}
      {settings && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm" align="stretch">
            {saveError && <FormAlert>{saveError}</FormAlert>}
            {settings.preferences
              .filter(({ type }) => type !== 'MATCH_DIGEST')
              .map(({ type, channel }) => (
                <NativeSelect
                  key={type}
                  label={t(`notificationSettings.types.${type}`)}
                  value={changes[type] ?? channel}
                  data={CHANNELS.map((value) => ({
                    value,
                    label: t(`notificationSettings.channels.${value}`),
                  }))}
                  onChange={(event) => {
                    const value = event.currentTarget.value as NotificationChannel;
                    setChanges((current) => ({ ...current, [type]: value }));
                    setSaved(false);
                  }}
                />
              ))}
            {matchDigest && (
              <Switch
                mt="xs"
                label={t('notificationSettings.matchDigest')}
                description={t('notificationSettings.matchDigestHint')}
                checked={(changes.MATCH_DIGEST ?? matchDigest.channel) === 'EMAIL'}
                onChange={(event) => {
                  const value: NotificationChannel = event.currentTarget.checked ? 'EMAIL' : 'OFF';
                  setChanges((current) => ({ ...current, MATCH_DIGEST: value }));
                  setSaved(false);
                }}
              />
            )}
            <Switch
              mt="xs"
              label={t('notificationSettings.dailyDigest')}
              description={t('notificationSettings.dailyDigestHint')}
              checked={digest ?? settings.dailyDigest}
              onChange={(event) => {
                setDigest(event.currentTarget.checked);
                setSaved(false);
              }}
            />
            <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
              {t('notificationSettings.save')}
            </Button>
            {saved && (
              <Alert color="grow" variant="light" role="status">
                {t('notificationSettings.saved')}
              </Alert>
            )}
          </Stack>
        </form>
      )}
    </Stack>
  );
}
