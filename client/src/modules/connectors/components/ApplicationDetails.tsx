import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { useCityNames } from '../../opportunities/hooks/useCityNames';
import { DetailList } from '../../ui/DetailList';
import { languageName } from '../../ui/displayNames';
import type { ConnectorApplication } from '../hooks/useConnectorApplication';

/** What an application says: why, sectors, communities, languages, in the reader's words. */
export function ApplicationDetails({ application }: { application: ConnectorApplication }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const { sectorName } = useCityNames();
  return (
    <DetailList
      details={[
        {
          key: 'motivation',
          label: t('connectorApply.motivationShort'),
          value: (
            <Text component="span" style={{ whiteSpace: 'pre-line' }}>
              {application.motivation}
            </Text>
          ),
        },
        {
          key: 'sectors',
          label: t('connectorApply.sectorsShort'),
          value: application.sectors.map(sectorName).join(', '),
        },
        {
          key: 'communities',
          label: t('connectorApply.communitiesShort'),
          value: application.communities.join(', '),
        },
        {
          key: 'languages',
          label: t('connectorApply.languagesShort'),
          value: application.languages.map((code) => languageName(locale, code)).join(', '),
        },
      ]}
    />
  );
}
