import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The account page's way into the connector programme. */
export function ConnectorProgrammeSection({ isConnector }: { isConnector: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="connector-programme" gap="md" align="flex-start">
      <Title id="connector-programme" order={2} fz="h3">
        {t('connectorApply.accountHeading')}
      </Title>
      <Text>
        {isConnector ? t('connectorApply.accountConnector') : t('connectorApply.accountBody')}
      </Text>
      <Button component={Link} to="/connectors/apply" variant="default">
        {isConnector ? t('connectorApply.accountSeeApplication') : t('connectorApply.accountLink')}
      </Button>
    </Stack>
  );
}
