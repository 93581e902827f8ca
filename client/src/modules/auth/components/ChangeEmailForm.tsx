import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrors } from '../errors';
import { useChangeEmail } from '../hooks/useChangeEmail';
import { useFocusFirstInvalid } from '../hooks/useFocusFirstInvalid';
import { isEmail } from '../validation';
import { FormAlert } from './FormAlert';
import { PasswordField } from './PasswordField';

const FIELDS = ['newEmail', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function ChangeEmailForm() {
  const { t } = useTranslation();
  const { changeEmail, loading } = useChangeEmail();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSentTo(undefined);
    setFormError(undefined);
    const found: Partial<Record<Field, string>> = {};
    if (!isEmail(newEmail)) found.newEmail = t('auth.errors.emailInvalid');
    if (!password) found.password = t('auth.errors.passwordRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      await changeEmail({ newEmail: newEmail.trim(), password });
      setSentTo(newEmail.trim());
      setNewEmail('');
      setPassword('');
    } catch (error) {
      const problems = formErrors(t, error, FIELDS);
      setErrors(problems.fields);
      setFormError(problems.form);
      focusFirstInvalid();
    }
  }

  return (
    <Stack component="section" aria-labelledby="change-email-title" gap="md">
      <Title id="change-email-title" order={2} fz="h3">
        {t('accountPage.emailHeading')}
      </Title>
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          {formError && <FormAlert>{formError}</FormAlert>}
          {sentTo && (
            <FormAlert color="grow">{t('accountPage.emailSent', { email: sentTo })}</FormAlert>
          )}
          <TextInput
            label={t('accountPage.newEmail')}
            type="email"
            required
            autoComplete="email"
            value={newEmail}
            error={errors.newEmail}
            onChange={(event) => setNewEmail(event.currentTarget.value)}
          />
          <PasswordField
            label={t('accountPage.emailPassword')}
            description={t('accountPage.emailPasswordHint')}
            required
            autoComplete="current-password"
            value={password}
            error={errors.password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('accountPage.emailSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
