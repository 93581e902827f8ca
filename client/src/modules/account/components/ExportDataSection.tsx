import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportMyDataDocument } from '../../../generated/graphql';
import { FormAlert } from '../../auth/components/FormAlert';

/** Hands the browser a file to save, without a round trip through the server. */
function saveFile(name: string, contents: string) {
  const url = URL.createObjectURL(new Blob([contents], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // After the click has been handled; revoking at once cancels the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Download my data": the export as a JSON file named after the member and the day. */
export function ExportDataSection({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const [exportMyData, { loading }] = useMutation(ExportMyDataDocument);
  const [result, setResult] = useState<{ ok: boolean; file?: string }>();

  async function download() {
    setResult(undefined);
    try {
      const { data } = await exportMyData();
      if (!data) throw new Error('exportMyData answered without data');
      const file = `growhere-${handle}-${new Date().toISOString().slice(0, 10)}.json`;
      // Indented, so that a person can read what we hold.
      saveFile(file, JSON.stringify(JSON.parse(data.exportMyData), null, 2));
      setResult({ ok: true, file });
    } catch {
      setResult({ ok: false });
    }
  }

  return (
    <Stack component="section" aria-labelledby="export-title" gap="md" align="flex-start">
      <Title id="export-title" order={2} fz="h3">
        {t('accountPage.dataHeading')}
      </Title>
      <Text>{t('accountPage.dataBody')}</Text>
      {result?.ok === false && <FormAlert>{t('accountPage.exportFailed')}</FormAlert>}
      <Button variant="light" loading={loading} onClick={() => void download()}>
        {t('accountPage.exportButton')}
      </Button>
      <Text role="status" size="sm">
        {result?.ok ? t('accountPage.exportDone', { file: result.file }) : ''}
      </Text>
    </Stack>
  );
}
