import {
  Box,
  Loader,
  Stack,
  Tabs,
  Text,
  Textarea,
  Typography,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMarkdownPreview } from '../hooks/useMarkdownPreview';

export type MarkdownTab = 'write' | 'preview';

interface MarkdownFieldProps {
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  error: string | undefined;
  tab: MarkdownTab;
  onTabChange: (tab: MarkdownTab) => void;
}

/**
 * Markdown with a Write and a Preview tab. The preview is the server's own rendering (the HTML
 * readers will get, sanitised), asked for once typing pauses.
 */
export function MarkdownField({
  label,
  description,
  value,
  onChange,
  maxLength,
  error,
  tab,
  onTabChange,
}: MarkdownFieldProps) {
  const { t } = useTranslation();
  const preview = useMarkdownPreview(value, tab === 'preview');
  return (
    <Tabs
      value={tab}
      onChange={(next) => onTabChange(next === 'preview' ? 'preview' : 'write')}
      variant="outline"
    >
      <Tabs.List aria-label={t('opportunityForm.descriptionTabs', { label })}>
        <Tabs.Tab value="write">{t('opportunityForm.write')}</Tabs.Tab>
        <Tabs.Tab value="preview">{t('opportunityForm.preview')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          label={label}
          description={description}
          autosize
          minRows={8}
          maxRows={24}
          maxLength={maxLength}
          value={value}
          error={error}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <Stack gap="xs">
          <Text fw={500} size="sm">
            {t('opportunityForm.previewOf', { label })}
          </Text>
          <Box
            p="md"
            mih={160}
            aria-busy={preview.loading}
            style={{
              border: '1px solid var(--mantine-color-gray-4)',
              borderRadius: 'var(--mantine-radius-sm)',
              overflowWrap: 'anywhere',
            }}
          >
            {preview.error && (
              <Text role="alert" c="red.8">
                {t('opportunityForm.previewError')}
              </Text>
            )}
            {!preview.error && value.trim() === '' && (
              <Text c="dimmed">{t('opportunityForm.previewEmpty')}</Text>
            )}
            {!preview.error && value.trim() !== '' && preview.html === undefined && (
              <div role="status">
                <Loader size="sm" aria-hidden="true" />
                <VisuallyHidden>{t('opportunityForm.previewLoading')}</VisuallyHidden>
              </div>
            )}
            {!preview.error && value.trim() !== '' && preview.html !== undefined && (
              // The server's sanitised rendering, as the published page will show it.
              <Typography dangerouslySetInnerHTML={{ __html: preview.html }} />
            )}
          </Box>
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
