import {
  Button,
  Checkbox,
  Divider,
  Fieldset,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../auth/components/FormAlert';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import type { City } from '../../city/hooks/useCity';
import { StatementRowsField } from '../../statements/components/StatementRowsField';
import { formProblems } from '../../ui/formProblems';
import type { MemberProfile } from '../hooks/useMember';
import { useUpdateProfile } from '../hooks/useUpdateProfile';
import {
  AUDIENCES,
  draftFromMember,
  screenPath,
  toUpdateProfileInput,
  validateDraft,
  type ProfileDraft,
} from '../profileDraft';
import { LinkRowsField } from './LinkRowsField';
import {
  LanguagesField,
  LocationFields,
  SectorsField,
  StageField,
  VisibilitySelect,
} from './ProfileFields';

// Paths the server may name that this form shows on a control.
const SHOWN =
  /^(displayName|handle|headline|bio|sectors|stage|languages|neighborhood|homeCity|homeCountry|phone|visibility\.\w+|privacy\.\w+|(needs|offers|links)\.\d+(\.\w+)?)$/;

interface ProfileFormProps {
  member: MemberProfile;
  email: string;
  city: City | undefined;
  onSaved: (member: MemberProfile) => void;
}

/** Every field of UpdateProfileInput; server errors land on the control they name. */
export function ProfileForm({ member, email, city, onSaved }: ProfileFormProps) {
  const { t } = useTranslation();
  const { updateProfile, loading } = useUpdateProfile();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromMember(member));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();

  const set = (change: Partial<ProfileDraft>) => setDraft((current) => ({ ...current, ...change }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const found = validateDraft(t, draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      onSaved(await updateProfile(toUpdateProfileInput(draft)));
    } catch (error) {
      const problems = formProblems(t, error, (path) => SHOWN.test(path));
      const fields: Record<string, string> = {};
      for (const [path, message] of Object.entries(problems.fields)) {
        fields[screenPath(draft, path)] = message;
      }
      setErrors(fields);
      setFormError(problems.form);
      focusFirstInvalid();
    }
  }

  const handle = draft.handle.trim().toLowerCase();

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="xl">
        {formError && <FormAlert>{formError}</FormAlert>}

        <Section title={t('profileForm.basicsHeading')}>
          <TextInput
            label={t('profileForm.displayName')}
            required
            autoComplete="name"
            maxLength={100}
            value={draft.displayName}
            error={errors.displayName}
            onChange={(event) => set({ displayName: event.currentTarget.value })}
          />
          <TextInput
            label={t('profileForm.handle')}
            description={t('profileForm.handleHint', { handle })}
            required
            autoCapitalize="none"
            spellCheck={false}
            maxLength={30}
            leftSection={<span aria-hidden="true">@</span>}
            value={draft.handle}
            error={errors.handle}
            onChange={(event) => set({ handle: event.currentTarget.value })}
          />
          <TextInput
            label={t('profileForm.headline')}
            description={t('profileForm.headlineHint')}
            maxLength={160}
            value={draft.headline}
            error={errors.headline}
            onChange={(event) => set({ headline: event.currentTarget.value })}
          />
          <Textarea
            label={t('profileForm.bio')}
            autosize
            minRows={4}
            maxLength={2000}
            value={draft.bio}
            error={errors.bio}
            onChange={(event) => set({ bio: event.currentTarget.value })}
          />
        </Section>

        <Section title={t('profileForm.businessHeading')}>
          <SectorsField
            city={city}
            value={draft.sectors}
            error={errors.sectors}
            onChange={(sectors) => set({ sectors })}
          />
          <StageField
            value={draft.stage}
            error={errors.stage}
            onChange={(stage) => set({ stage })}
          />
          <LanguagesField
            value={draft.languages}
            error={errors.languages}
            onChange={(languages) => set({ languages })}
          />
        </Section>

        <Section title={t('profileForm.locationHeading')}>
          <LocationFields
            city={city}
            neighborhood={draft.neighborhood}
            homeCity={draft.homeCity}
            homeCountry={draft.homeCountry}
            errors={errors}
            onChange={set}
          />
          <VisibilitySelect
            label={t('profileForm.whoSeesLocation')}
            value={draft.visibility.location}
            error={errors['visibility.location']}
            onChange={(location) => set({ visibility: { ...draft.visibility, location } })}
          />
          <Checkbox
            label={t('profileForm.consideringLocating')}
            checked={draft.consideringLocating}
            onChange={(event) => set({ consideringLocating: event.currentTarget.checked })}
          />
        </Section>

        <Section
          title={t('profileForm.needsOffersHeading')}
          intro={t('profileForm.needsOffersIntro')}
        >
          <StatementRowsField
            kind="needs"
            rows={draft.needs}
            errors={errors}
            onChange={(needs) => set({ needs })}
          />
          <StatementRowsField
            kind="offers"
            rows={draft.offers}
            errors={errors}
            onChange={(offers) => set({ offers })}
          />
        </Section>

        <Section title={t('profileForm.contactHeading')} intro={t('profileForm.visibilityNote')}>
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('profileForm.email')}
              description={t('profileForm.emailHint')}
              value={email}
              readOnly
              style={{ flex: 1, minWidth: 'min(100%, 240px)' }}
            />
            <VisibilitySelect
              label={t('profileForm.whoSeesEmail')}
              value={draft.visibility.email}
              error={errors['visibility.email']}
              onChange={(value) => set({ visibility: { ...draft.visibility, email: value } })}
            />
          </Group>
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('profileForm.phone')}
              type="tel"
              autoComplete="tel"
              maxLength={30}
              value={draft.phone}
              error={errors.phone}
              onChange={(event) => set({ phone: event.currentTarget.value })}
              style={{ flex: 1, minWidth: 'min(100%, 240px)' }}
            />
            <VisibilitySelect
              label={t('profileForm.whoSeesPhone')}
              value={draft.visibility.phone}
              error={errors['visibility.phone']}
              onChange={(phone) => set({ visibility: { ...draft.visibility, phone } })}
            />
          </Group>
          <Fieldset
            variant="unstyled"
            legend={
              <Text component="span" fw={700} fz="lg">
                {t('profileForm.links')}
              </Text>
            }
          >
            <Stack gap="sm">
              <VisibilitySelect
                label={t('profileForm.whoSeesLinks')}
                value={draft.visibility.links}
                error={errors['visibility.links']}
                onChange={(links) => set({ visibility: { ...draft.visibility, links } })}
              />
              <LinkRowsField
                rows={draft.links}
                errors={errors}
                onChange={(links) => set({ links })}
              />
            </Stack>
          </Fieldset>
        </Section>

        <Section title={t('profileForm.privacyHeading')}>
          {(['connectionRequests', 'messages'] as const).map((setting) => (
            <Select
              key={setting}
              label={t(`profileForm.${setting}`)}
              data={AUDIENCES.map((audience) => ({
                value: audience,
                label: t(`audience.${audience}`),
              }))}
              value={draft.privacy[setting]}
              allowDeselect={false}
              error={errors[`privacy.${setting}`]}
              onChange={(value) => {
                const audience = AUDIENCES.find((candidate) => candidate === value);
                if (audience) set({ privacy: { ...draft.privacy, [setting]: audience } });
              }}
              maw={{ base: '100%', sm: 360 }}
            />
          ))}
          <Checkbox
            label={t('profileForm.searchEngineIndexing')}
            checked={draft.privacy.searchEngineIndexing}
            onChange={(event) =>
              set({
                privacy: { ...draft.privacy, searchEngineIndexing: event.currentTarget.checked },
              })
            }
          />
        </Section>

        <Divider />
        <Group>
          <Button type="submit" loading={loading} size="md">
            {t('profileForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Section({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Stack component="section" gap="md" aria-labelledby={titleId}>
      <Title id={titleId} order={2} fz="h3">
        {title}
      </Title>
      {intro && <Text c="dimmed">{intro}</Text>}
      {children}
    </Stack>
  );
}
