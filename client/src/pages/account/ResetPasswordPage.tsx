import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AuthPageLayout } from '../../modules/auth/components/AuthPageLayout';
import { FormAlert } from '../../modules/auth/components/FormAlert';
import { PasswordField } from '../../modules/auth/components/PasswordField';
import { authProblems, formErrors } from '../../modules/auth/errors';
import { useFocusFirstInvalid } from '../../modules/auth/hooks/useFocusFirstInvalid';
import { useResetPassword } from '../../modules/auth/hooks/useResetPassword';
import { passwordLengthProblem } from '../../modules/auth/validation';

/** `/reset-password?token=…`: the link from the reset mail. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  const { resetPassword, loading } = useResetPassword();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [linkDead, setLinkDead] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!token) return;
    setFormError(undefined);
    const lengthProblem = passwordLengthProblem(password);
    if (lengthProblem) {
      setError(
        lengthProblem === 'short'
          ? t('auth.errors.passwordTooShort')
          : t('auth.errors.passwordTooLong'),
      );
      focusFirstInvalid();
      return;
    }
    setError(undefined);
    try {
      await resetPassword(token, password);
      setDone(true);
    } catch (caught) {
      const problems = formErrors(t, caught, ['password'] as const);
      setError(problems.fields.password);
      setFormError(problems.form);
      setLinkDead(authProblems(caught).some(({ reason }) => reason === 'LINK_INVALID'));
      focusFirstInvalid();
    }
  }

  if (done) {
    return (
      <AuthPageLayout
        documentTitle={t('resetPasswordPage.documentTitle')}
        title={t('resetPasswordPage.doneTitle')}
      >
        <Text size="lg" role="status">
          {t('resetPasswordPage.done')}
        </Text>
        <Anchor component={Link} to="/sign-in" fw={600}>
          {t('resetPasswordPage.signIn')}
        </Anchor>
      </AuthPageLayout>
    );
  }

  return (
    <AuthPageLayout
      documentTitle={t('resetPasswordPage.documentTitle')}
      title={t('resetPasswordPage.title')}
    >
      {!token ? (
        <>
          <FormAlert>{t('resetPasswordPage.missingToken')}</FormAlert>
          <Anchor component={Link} to="/forgot-password" fw={600}>
            {t('resetPasswordPage.requestNew')}
          </Anchor>
        </>
      ) : (
        <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="md">
            {formError && (
              <FormAlert>
                <Stack gap="xs" align="flex-start">
                  <span>{formError}</span>
                  {linkDead && (
                    <Anchor component={Link} to="/forgot-password" fw={600}>
                      {t('resetPasswordPage.requestNew')}
                    </Anchor>
                  )}
                </Stack>
              </FormAlert>
            )}
            <PasswordField
              label={t('resetPasswordPage.password')}
              description={t('auth.passwordRules')}
              required
              autoComplete="new-password"
              value={password}
              error={error}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Group>
              <Button type="submit" loading={loading} size="md">
                {t('resetPasswordPage.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AuthPageLayout>
  );
}
