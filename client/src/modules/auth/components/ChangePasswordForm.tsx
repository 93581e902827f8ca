import { Button, Group, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrors } from '../errors';
import { useChangePassword } from '../hooks/useChangePassword';
import { useFocusFirstInvalid } from '../hooks/useFocusFirstInvalid';
import { passwordLengthProblem } from '../validation';
import { FormAlert } from './FormAlert';
import { PasswordField } from './PasswordField';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type Field = (typeof FIELDS)[number];

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { changePassword, loading } = useChangePassword();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [changed, setChanged] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    setFormError(undefined);
    const found: Partial<Record<Field, string>> = {};
    if (!currentPassword) found.currentPassword = t('auth.errors.passwordRequired');
    const lengthProblem = passwordLengthProblem(newPassword);
    if (lengthProblem === 'short') found.newPassword = t('auth.errors.passwordTooShort');
    if (lengthProblem === 'long') found.newPassword = t('auth.errors.passwordTooLong');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      await changePassword({ currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      setChanged(true);
    } catch (error) {
      const problems = formErrors(t, error, FIELDS);
      setErrors(problems.fields);
      setFormError(problems.form);
      focusFirstInvalid();
    }
  }

  return (
    <Stack component="section" aria-labelledby="change-password-title" gap="md">
      <Title id="change-password-title" order={2} fz="h3">
        {t('accountPage.passwordHeading')}
      </Title>
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          {formError && <FormAlert>{formError}</FormAlert>}
          {changed && <FormAlert color="grow">{t('accountPage.passwordChanged')}</FormAlert>}
          <PasswordField
            label={t('accountPage.currentPassword')}
            required
            autoComplete="current-password"
            value={currentPassword}
            error={errors.currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          />
          <PasswordField
            label={t('accountPage.newPassword')}
            description={t('auth.passwordRules')}
            required
            autoComplete="new-password"
            value={newPassword}
            error={errors.newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('accountPage.passwordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
