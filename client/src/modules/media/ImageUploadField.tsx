import { Avatar, Button, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../auth/hooks/useSession';
import { IMAGE_TYPES, sendImage, UploadError, type UploadProblem } from './uploadImage';

interface ImageUploadFieldProps {
  /** The heading of the control, such as "Profile photo". */
  label: string;
  description?: string;
  /** The current image, or null. */
  imageUrl: string | null;
  /** Shown in the preview when there is no image (initials). */
  placeholder: string;
  /** Describes the preview image to screen readers. */
  alt: string;
  /** The upload route and its multipart field (`/api/profile/photo`, `photo`). */
  path: string;
  field: string;
  radius: 'xl' | 'md';
  onChange: (imageUrl: string | null) => void;
}

/**
 * Uploads at once when a file is chosen (apart from the surrounding form's Save), shows the
 * result, and removes on request. The server re-encodes every image, so what is shown is what
 * others will see.
 */
export function ImageUploadField({
  label,
  description,
  imageUrl,
  placeholder,
  alt,
  path,
  field,
  radius,
  onChange,
}: ImageUploadFieldProps) {
  const { t } = useTranslation();
  const session = useSessionStore();
  const labelId = useId();
  const [busy, setBusy] = useState<'upload' | 'remove' | null>(null);
  const [problem, setProblem] = useState<UploadProblem>();
  const [status, setStatus] = useState<string>();

  async function send(file: File | null) {
    setProblem(undefined);
    setStatus(undefined);
    setBusy(file ? 'upload' : 'remove');
    try {
      const url = await sendImage({ path, field, file, accessToken: session.accessToken });
      onChange(url);
      setStatus(file ? t('imageUpload.uploaded') : t('imageUpload.removed'));
    } catch (error) {
      setProblem(error instanceof UploadError ? error.problem : 'server');
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack component="section" gap="sm" aria-labelledby={labelId}>
      <Title id={labelId} order={2} fz="h3">
        {label}
      </Title>
      {description && <Text c="dimmed">{description}</Text>}
      <Group gap="lg" align="center" wrap="wrap">
        <Avatar src={imageUrl} alt={imageUrl ? alt : undefined} size={96} radius={radius}>
          <span aria-hidden="true">{placeholder}</span>
        </Avatar>
        <Group gap="sm">
          <FileButton accept={IMAGE_TYPES.join(',')} onChange={(file) => file && void send(file)}>
            {(props) => (
              <Button {...props} variant="light" loading={busy === 'upload'} disabled={!!busy}>
                {imageUrl ? t('imageUpload.replace') : t('imageUpload.choose')}
              </Button>
            )}
          </FileButton>
          {imageUrl && (
            <Button
              variant="outline"
              color="red.8"
              loading={busy === 'remove'}
              disabled={!!busy}
              onClick={() => void send(null)}
            >
              {t('imageUpload.remove')}
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('imageUpload.hint')}
      </Text>
      {problem && (
        <Text role="alert" c="red.8" fw={600}>
          {t(`imageUpload.problems.${problem}`)}
        </Text>
      )}
      <Text role="status" size="sm" aria-live="polite">
        {status}
      </Text>
    </Stack>
  );
}
