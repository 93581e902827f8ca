import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { AuthPageLayout } from '../../modules/auth/components/AuthPageLayout';
import { FormAlert } from '../../modules/auth/components/FormAlert';
import { PasswordField } from '../../modules/auth/components/PasswordField';
import { formErrors } from '../../modules/auth/errors';
import { useFocusFirstInvalid } from '../../modules/auth/hooks/useFocusFirstInvalid';
import { useSession } from '../../modules/auth/hooks/useSession';
import { isEmail } from '../../modules/auth/validation';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

/** Where to go after signing in: back to the page that sent the member here, or home. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/** `/sign-in` */
export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!isEmail(email)) found.email = t('auth.errors.emailInvalid');
    if (!password) found.password = t('auth.errors.passwordRequired');
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    setSubmitting(true);
    try {
      await signIn({ email: email.trim(), password });
      await navigate(returnPath(location.state), { replace: true });
    } catch (error) {
      const problems = formErrors(t, error, FIELDS);
      setErrors(problems.fields);
      setFormError(problems.form);
      // The password is what is usually wrong; let them type it again.
      if (problems.problems.some(({ reason }) => reason === 'INVALID_CREDENTIALS')) setPassword('');
      focusFirstInvalid();
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <AuthPageLayout documentTitle={t('signInPage.documentTitle')} title={t('signInPage.title')}>
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          {formError && <FormAlert>{formError}</FormAlert>}
          <TextInput
            label={t('signInPage.email')}
            type="email"
            required
            autoComplete="email"
            value={email}
            error={errors.email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <PasswordField
            label={t('signInPage.password')}
            required
            autoComplete="current-password"
            value={password}
            error={errors.password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Group justify="space-between" gap="sm">
            <Anchor component={Link} to="/forgot-password" fw={600}>
              {t('signInPage.forgot')}
            </Anchor>
            <Button type="submit" loading={submitting} size="md">
              {t('signInPage.submit')}
            </Button>
          </Group>
          <Text>
            {t('signInPage.noAccount')}{' '}
            <Anchor component={Link} to="/join" fw={600}>
              {t('signInPage.join')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthPageLayout>
  );
}
