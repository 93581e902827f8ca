import {
  Anchor,
  Button,
  Code,
  Container,
  Divider,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { datasetFile, type OpenDataset } from '../../modules/open-data/catalog';
import { useOpenDataCatalog } from '../../modules/open-data/hooks/useOpenDataCatalog';

/**
 * `/open-data`: public. What the city publishes from the network, each dataset with its files
 * and every field explained, as `/open-data/fields.json` documents them.
 */
export function OpenDataPage() {
  const { t } = useTranslation();
  const catalog = useOpenDataCatalog();
  return (
    <Container size="md" py={{ base: 32, sm: 56 }}>
      <title>{t('openData.documentTitle')}</title>
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>{t('openData.title')}</Title>
          <Text size="lg">{t('openData.intro')}</Text>
          <Text>{t('openData.privacy')}</Text>
        </Stack>
        {catalog.status === 'loading' && (
          <Group justify="center" py="lg" role="status">
            <Loader size="sm" aria-hidden="true" />
            <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
          </Group>
        )}
        {catalog.status === 'failed' && (
          <Group gap="sm" role="alert">
            <Text>{t('openData.loadError')}</Text>
            <Button variant="default" size="compact-sm" onClick={catalog.retry}>
              {t('status.retry')}
            </Button>
          </Group>
        )}
        {catalog.status === 'loaded' &&
          (catalog.catalog.datasets.length === 0 ? (
            <Text c="dimmed">{t('openData.empty')}</Text>
          ) : (
            catalog.catalog.datasets.map((dataset, index) => (
              <Stack key={dataset.path} gap="xl">
                {index > 0 && <Divider />}
                <Dataset dataset={dataset} />
              </Stack>
            ))
          ))}
      </Stack>
    </Container>
  );
}

function Dataset({ dataset }: { dataset: OpenDataset }) {
  const { t } = useTranslation();
  const id = `dataset-${dataset.path.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <Stack component="section" aria-labelledby={id} gap="md">
      <Title id={id} order={2}>
        {dataset.name}
      </Title>
      <Text>{dataset.description}</Text>
      <Group gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {dataset.formats.map((format) => (
          <li key={format}>
            <Anchor href={datasetFile(dataset, format)} fw={600}>
              {t('openData.download', { name: dataset.name, format: format.toUpperCase() })}
            </Anchor>
          </li>
        ))}
      </Group>
      {dataset.fields.length > 0 && (
        <Table verticalSpacing="xs" style={{ tableLayout: 'fixed', width: '100%' }}>
          <Table.Caption ta="start" style={{ captionSide: 'top' }}>
            {t('openData.fieldsCaption', { name: dataset.name })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="30%">
                {t('openData.field')}
              </Table.Th>
              <Table.Th scope="col" w="20%">
                {t('openData.type')}
              </Table.Th>
              <Table.Th scope="col">{t('openData.description')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dataset.fields.map((field) => (
              <Table.Tr key={field.name}>
                <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
                  <Code>{field.name}</Code>
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{field.type}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{field.description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
