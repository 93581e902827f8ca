import { Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConnectorsOverview } from '../../modules/connectors/components/ConnectorsOverview';
import { StaffApplications } from '../../modules/connectors/components/StaffApplications';

/** `/staff/connectors`: applications to the programme, and each connector's record. */
export function StaffConnectorsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <title>{t('staffConnectors.documentTitle')}</title>
      <Stack gap="xs">
        <Title order={1}>{t('staffConnectors.title')}</Title>
        <Text c="dimmed">{t('staffConnectors.intro')}</Text>
      </Stack>
      <StaffApplications />
      <Divider />
      <ConnectorsOverview />
    </Stack>
  );
}
