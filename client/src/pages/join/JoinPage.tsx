import { Anchor, Button, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentLanguage, isLanguageCode, LANGUAGES, type LanguageCode } from '../../app/i18n';
import { AuthPageLayout } from '../../modules/auth/components/AuthPageLayout';
import { FormAlert } from '../../modules/auth/components/FormAlert';
import { PasswordField } from '../../modules/auth/components/PasswordField';
import { formErrors } from '../../modules/auth/errors';
import { useFocusFirstInvalid } from '../../modules/auth/hooks/useFocusFirstInvalid';
import { useSession } from '../../modules/auth/hooks/useSession';
import { HANDLE_PATTERN, isEmail, passwordLengthProblem } from '../../modules/auth/validation';

const FIELDS = ['displayName', 'handle', 'email', 'password', 'locale'] as const;
type Field = (typeof FIELDS)[number];

/** `/join`: create an account, then set up the profile on `/onboarding`. */
export function JoinPage() {
  const { t, i18n } = useTranslation();
  const { signUp } = useSession();
  const navigate = useNavigate();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const [displayName, setDisplayName] = useState('');
  const [handle, setHandle] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<LanguageCode>(() => currentLanguage(i18n));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  const handleValue = handle.trim().toLowerCase();
  const handleValid = HANDLE_PATTERN.test(handleValue);

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!displayName.trim()) found.displayName = t('auth.errors.displayNameRequired');
    if (!handleValid) found.handle = t('auth.errors.handleInvalid');
    if (!isEmail(email)) found.email = t('auth.errors.emailInvalid');
    const passwordProblem = passwordLengthProblem(password);
    if (passwordProblem === 'short') found.password = t('auth.errors.passwordTooShort');
    if (passwordProblem === 'long') found.password = t('auth.errors.passwordTooLong');
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    setSubmitting(true);
    try {
      await signUp({
        displayName: displayName.trim(),
        handle: handleValue,
        email: email.trim(),
        password,
        locale,
      });
      await navigate('/onboarding');
    } catch (error) {
      const problems = formErrors(t, error, FIELDS);
      setErrors(problems.fields);
      setFormError(problems.form);
      focusFirstInvalid();
    } finally {
      setSubmitting(false);
    }
  }

  // Editing a field clears its error: it no longer describes what is there.
  const clear = (field: Field) => setErrors(({ [field]: _cleared, ...rest }) => rest);

  return (
    <AuthPageLayout documentTitle={t('joinPage.documentTitle')} title={t('joinPage.title')}>
      <Text size="lg">{t('joinPage.intro')}</Text>
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          {formError && <FormAlert>{formError}</FormAlert>}
          <TextInput
            label={t('joinPage.displayName')}
            description={t('joinPage.displayNameHint')}
            required
            autoComplete="name"
            maxLength={100}
            value={displayName}
            error={errors.displayName}
            onChange={(event) => {
              setDisplayName(event.currentTarget.value);
              clear('displayName');
            }}
          />
          <TextInput
            label={t('joinPage.handle')}
            description={
              handleValid
                ? t('joinPage.handleHintValid', { handle: handleValue })
                : t('joinPage.handleHint')
            }
            required
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={30}
            leftSection={<span aria-hidden="true">@</span>}
            value={handle}
            error={errors.handle}
            onChange={(event) => {
              setHandle(event.currentTarget.value);
              clear('handle');
            }}
          />
          <TextInput
            label={t('joinPage.email')}
            type="email"
            required
            autoComplete="email"
            value={email}
            error={errors.email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              clear('email');
            }}
          />
          <PasswordField
            label={t('joinPage.password')}
            description={t('auth.passwordRules')}
            required
            autoComplete="new-password"
            value={password}
            error={errors.password}
            onChange={(event) => {
              setPassword(event.currentTarget.value);
              clear('password');
            }}
          />
          <NativeSelect
            label={t('joinPage.language')}
            description={t('joinPage.languageHint')}
            data={LANGUAGES.map(({ code, name }) => ({ value: code, label: name }))}
            value={locale}
            error={errors.locale}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isLanguageCode(value)) setLocale(value);
            }}
          />
          <Button type="submit" loading={submitting} size="md">
            {t('joinPage.submit')}
          </Button>
          <Text>
            {t('joinPage.haveAccount')}{' '}
            <Anchor component={Link} to="/sign-in" fw={600}>
              {t('joinPage.signIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthPageLayout>
  );
}
