import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteMyAccountDocument } from '../../../generated/graphql';
import { FormAlert } from '../../auth/components/FormAlert';
import { PasswordField } from '../../auth/components/PasswordField';
import { formErrors } from '../../auth/errors';
import { Dialog } from '../../ui/Dialog';

const FIELDS = ['password'] as const;

/**
 * Deleting the account asks for the password in a dialog; once the server has deleted it (and
 * revoked every session), `onDeleted` ends the session here.
 */
export function DeleteAccountSection({ onDeleted }: { onDeleted: () => Promise<void> }) {
  const { t } = useTranslation();
  const [deleteMyAccount, { loading }] = useMutation(DeleteMyAccountDocument);
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [formError, setFormError] = useState<string>();

  function close() {
    setOpen(false);
    setPassword('');
    setFieldError(undefined);
    setFormError(undefined);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    if (!password) {
      setFieldError(t('auth.errors.passwordRequired'));
      return;
    }
    try {
      await deleteMyAccount({ variables: { input: { password } } });
    } catch (error) {
      const problems = formErrors(t, error, FIELDS);
      setFieldError(problems.fields.password);
      setFormError(problems.form);
      return;
    }
    await onDeleted();
  }

  return (
    <Stack component="section" aria-labelledby="delete-title" gap="md" align="flex-start">
      <Title id="delete-title" order={2} fz="h3">
        {t('accountPage.deleteHeading')}
      </Title>
      <Text>{t('accountPage.deleteBody')}</Text>
      <Button color="red.8" variant="outline" onClick={() => setOpen(true)}>
        {t('accountPage.deleteButton')}
      </Button>
      <Dialog opened={open} onClose={close} title={t('accountPage.deleteModalTitle')}>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="md">
            <Text>{t('accountPage.deleteModalBody')}</Text>
            {formError && <FormAlert>{formError}</FormAlert>}
            <PasswordField
              label={t('accountPage.deletePassword')}
              required
              autoComplete="current-password"
              data-autofocus
              value={password}
              error={fieldError}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.8" loading={loading}>
                {t('accountPage.deleteConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </Stack>
  );
}
