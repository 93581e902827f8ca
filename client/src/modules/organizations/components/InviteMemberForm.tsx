import { Button, Flex, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteToOrganizationInput } from '../../../generated/graphql';
import { FormAlert } from '../../auth/components/FormAlert';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import { HANDLE_PATTERN, isEmail } from '../../auth/validation';
import { membershipProblems } from '../errors';
import { useInviteToOrganization } from '../hooks/useInviteToOrganization';

type Field = 'invitee';
type InvitedRole = 'MEMBER' | 'ADMIN';

const ROLES: readonly InvitedRole[] = ['MEMBER', 'ADMIN'];

type Invitee = Pick<InviteToOrganizationInput, 'email' | 'handle'>;

/** One field takes either: an address has an @, anything else is a handle ("@ana-lopez" too). */
function parseInvitee(value: string): Invitee | 'emailInvalid' | 'handleInvalid' {
  const text = value.trim();
  if (text.includes('@') && !text.startsWith('@')) {
    return isEmail(text) ? { email: text.toLowerCase() } : 'emailInvalid';
  }
  const handle = text.replace(/^@/, '').toLowerCase();
  return HANDLE_PATTERN.test(handle) ? { handle } : 'handleInvalid';
}

/** For owners and admins: invite a member by handle, or anyone by email. */
export function InviteMemberForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { invite, loading } = useInviteToOrganization();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [invitee, setInvitee] = useState('');
  const [role, setRole] = useState<InvitedRole>('MEMBER');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSentTo(undefined);
    setFormError(undefined);
    const parsed = invitee.trim() ? parseInvitee(invitee) : 'required';
    if (typeof parsed === 'string') {
      const messages = {
        required: t('inviteForm.inviteeRequired'),
        emailInvalid: t('auth.errors.emailInvalid'),
        handleInvalid: t('auth.errors.handleInvalid'),
      };
      setErrors({ invitee: messages[parsed] });
      focusFirstInvalid();
      return;
    }
    setErrors({});
    try {
      await invite({ organizationId, role, ...parsed });
      setSentTo(parsed.email ?? `@${parsed.handle ?? ''}`);
      setInvitee('');
      setRole('MEMBER');
    } catch (error) {
      // The server names `handle` or `email`; both are this one field.
      const problems = membershipProblems<Field>(t, error, (field) =>
        field === 'handle' || field === 'email' ? 'invitee' : undefined,
      );
      setErrors(problems.fields);
      setFormError(problems.form);
      focusFirstInvalid();
    }
  }

  return (
    <Stack component="section" aria-labelledby="invite-title" gap="sm">
      <Title id="invite-title" order={3} fz="h4">
        {t('inviteForm.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('inviteForm.intro')}
      </Text>
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          {formError && <FormAlert>{formError}</FormAlert>}
          {sentTo && (
            <FormAlert color="grow">{t('inviteForm.sent', { invitee: sentTo })}</FormAlert>
          )}
          <Flex direction={{ base: 'column', sm: 'row' }} gap="md" align="flex-start">
            <TextInput
              label={t('inviteForm.invitee')}
              description={t('inviteForm.inviteeHint')}
              required
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={invitee}
              error={errors.invitee}
              onChange={(event) => setInvitee(event.currentTarget.value)}
              style={{ flex: 1 }}
              w={{ base: '100%', sm: 'auto' }}
            />
            <Radio.Group
              label={t('inviteForm.role')}
              value={role}
              onChange={(value) => setRole(value === 'ADMIN' ? 'ADMIN' : 'MEMBER')}
              style={{ flex: 1 }}
            >
              <Stack gap="xs" mt="xs">
                {ROLES.map((option) => (
                  <Radio
                    key={option}
                    value={option}
                    label={t(`orgRoles.${option}`)}
                    description={t(`inviteForm.roleHints.${option}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </Flex>
          <Group>
            <Button type="submit" loading={loading}>
              {t('inviteForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
