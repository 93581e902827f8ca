import { Button, Stack, TagsInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../auth/components/FormAlert';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import { useCity } from '../../city/hooks/useCity';
import { noteLength } from '../../connections/errors';
import { LanguagesField, SectorsField } from '../../members/components/ProfileFields';
import { staffProblems } from '../../staff/errors';
import { useApplyAsConnector, type ConnectorApplication } from '../hooks/useConnectorApplication';
import {
  COMMUNITY_MAX_LENGTH,
  MAX_APPLICATION_LANGUAGES,
  MAX_APPLICATION_SECTORS,
  MAX_COMMUNITIES,
  MOTIVATION_MAX_LENGTH,
  MOTIVATION_MIN_LENGTH,
} from '../limits';

type Field = 'motivation' | 'sectors' | 'communities' | 'languages';
const FIELDS: readonly Field[] = ['motivation', 'sectors', 'communities', 'languages'];

interface ConnectorApplicationFormProps {
  onApplied: (application: ConnectorApplication) => void;
}

/**
 * The application to the connector programme: why (counted as it is typed), the sectors and
 * languages the applicant works in (the profile editor's pickers), and the communities they
 * serve, as tags. Checked here as the server checks it; the server's refusals land on the field.
 */
export function ConnectorApplicationForm({ onApplied }: ConnectorApplicationFormProps) {
  const { t } = useTranslation();
  const { city } = useCity();
  const { applyAsConnector, loading } = useApplyAsConnector();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [motivation, setMotivation] = useState('');
  const [sectors, setSectors] = useState<string[]>([]);
  const [communities, setCommunities] = useState<string[]>([]);
  const [languages, setLanguages] = useState<string[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();

  const length = noteLength(motivation);

  function check(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (length < MOTIVATION_MIN_LENGTH)
      found.motivation = t('connectorApply.motivationTooShort', { min: MOTIVATION_MIN_LENGTH });
    else if (length > MOTIVATION_MAX_LENGTH)
      found.motivation = t('connectorApply.motivationTooLong', { max: MOTIVATION_MAX_LENGTH });
    if (sectors.length === 0) found.sectors = t('connectorApply.sectorsRequired');
    if (communities.length === 0) found.communities = t('connectorApply.communitiesRequired');
    else if (communities.some((community) => community.length > COMMUNITY_MAX_LENGTH))
      found.communities = t('connectorApply.communityTooLong', { max: COMMUNITY_MAX_LENGTH });
    if (languages.length === 0) found.languages = t('connectorApply.languagesRequired');
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      const application = await applyAsConnector({
        motivation: motivation.trim(),
        sectors,
        communities,
        languages,
      });
      onApplied(application);
    } catch (error) {
      const problems = staffProblems(t, error, (field) => FIELDS.some((name) => name === field));
      setErrors(problems.fields);
      setFormError(problems.form);
      focusFirstInvalid();
    }
  }

  function clear(field: Field) {
    setErrors(({ [field]: _cleared, ...rest }) => rest);
  }

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {formError && <FormAlert>{formError}</FormAlert>}
        <Textarea
          label={t('connectorApply.motivation')}
          description={t('connectorApply.motivationCount', {
            count: length,
            min: MOTIVATION_MIN_LENGTH,
            max: MOTIVATION_MAX_LENGTH,
          })}
          autosize
          minRows={5}
          maxRows={14}
          required
          value={motivation}
          error={errors.motivation}
          onChange={(event) => {
            setMotivation(event.currentTarget.value);
            clear('motivation');
          }}
        />
        <SectorsField
          city={city}
          label={t('connectorApply.sectors')}
          max={MAX_APPLICATION_SECTORS}
          value={sectors}
          error={errors.sectors}
          onChange={(value) => {
            setSectors(value);
            clear('sectors');
          }}
        />
        <TagsInput
          label={t('connectorApply.communities')}
          description={t('connectorApply.communitiesHint', {
            max: MAX_COMMUNITIES,
            length: COMMUNITY_MAX_LENGTH,
          })}
          value={communities}
          maxTags={MAX_COMMUNITIES}
          splitChars={[',']}
          acceptValueOnBlur
          clearable
          clearButtonProps={{ 'aria-label': t('connectorApply.clearCommunities') }}
          error={errors.communities}
          onChange={(value) => {
            setCommunities(value.map((community) => community.trim()).filter(Boolean));
            clear('communities');
          }}
        />
        <LanguagesField
          label={t('connectorApply.languages')}
          max={MAX_APPLICATION_LANGUAGES}
          value={languages}
          error={errors.languages}
          onChange={(value) => {
            setLanguages(value);
            clear('languages');
          }}
        />
        <div>
          <Button type="submit" loading={loading}>
            {t('connectorApply.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
