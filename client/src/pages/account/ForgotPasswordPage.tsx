import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthPageLayout } from '../../modules/auth/components/AuthPageLayout';
import { DevMailboxNote } from '../../modules/auth/components/DevMailboxNote';
import { FormAlert } from '../../modules/auth/components/FormAlert';
import { formErrors } from '../../modules/auth/errors';
import { useFocusFirstInvalid } from '../../modules/auth/hooks/useFocusFirstInvalid';
import { useRequestPasswordReset } from '../../modules/auth/hooks/useRequestPasswordReset';
import { isEmail } from '../../modules/auth/validation';

/** `/forgot-password`: asks for a reset link by email. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const { requestPasswordReset, loading } = useRequestPasswordReset();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    if (!isEmail(email)) {
      setError(t('auth.errors.emailInvalid'));
      focusFirstInvalid();
      return;
    }
    setError(undefined);
    try {
      await requestPasswordReset(email.trim());
      setSentTo(email.trim());
    } catch (caught) {
      const problems = formErrors(t, caught, ['email'] as const);
      setError(problems.fields.email);
      setFormError(problems.form);
      focusFirstInvalid();
    }
  }

  if (sentTo) {
    return (
      <AuthPageLayout
        documentTitle={t('forgotPasswordPage.documentTitle')}
        title={t('forgotPasswordPage.sentTitle')}
      >
        <Text size="lg" role="status">
          {t('forgotPasswordPage.sent', { email: sentTo })}
        </Text>
        <DevMailboxNote />
        <Anchor component={Link} to="/sign-in" fw={600}>
          {t('forgotPasswordPage.backToSignIn')}
        </Anchor>
      </AuthPageLayout>
    );
  }

  return (
    <AuthPageLayout
      documentTitle={t('forgotPasswordPage.documentTitle')}
      title={t('forgotPasswordPage.title')}
    >
      <Text>{t('forgotPasswordPage.intro')}</Text>
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          {formError && <FormAlert>{formError}</FormAlert>}
          <TextInput
            label={t('forgotPasswordPage.email')}
            type="email"
            required
            autoComplete="email"
            value={email}
            error={error}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <Button type="submit" loading={loading} size="md">
            {t('forgotPasswordPage.submit')}
          </Button>
          <Anchor component={Link} to="/sign-in" fw={600}>
            {t('forgotPasswordPage.backToSignIn')}
          </Anchor>
        </Stack>
      </form>
    </AuthPageLayout>
  );
}
