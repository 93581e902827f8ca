import { Button, Flex, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../auth/components/FormAlert';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import { fits, NoteField } from '../../introductions/components/NoteField';
import { Dialog } from '../../ui/Dialog';
import { opportunityProblems } from '../errors';
import { useAdministeredOrganizations } from '../hooks/useAdministeredOrganizations';
import { useInterest } from '../hooks/useOpportunityActions';
import { INTEREST_MESSAGE_MAX_LENGTH } from '../options';

/** The "on behalf of" value for the member themselves. */
const MYSELF = '';

interface InterestDialogProps {
  opened: boolean;
  opportunity: { id: string; title: string };
  onClose: () => void;
  /** After the server took it: the page then shows where the viewer stands. */
  onExpressed: () => void;
}

/**
 * "I'm interested": a message for the poster, and whether the member speaks for themselves or for
 * an organization they administer.
 */
export function InterestDialog({ opened, opportunity, onClose, onExpressed }: InterestDialogProps) {
  const { t } = useTranslation();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const { organizations } = useAdministeredOrganizations();
  const { expressInterest, expressing } = useInterest();
  const [message, setMessage] = useState('');
  const [onBehalfOf, setOnBehalfOf] = useState(MYSELF);
  const [errors, setErrors] = useState<{ message?: string; organizationId?: string }>({});
  const [formError, setFormError] = useState<string>();

  function close() {
    setMessage('');
    setOnBehalfOf(MYSELF);
    setErrors({});
    setFormError(undefined);
    onClose();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    setErrors({});
    if (!fits(message, INTEREST_MESSAGE_MAX_LENGTH)) {
      focusFirstInvalid();
      return;
    }
    try {
      await expressInterest(opportunity.id, message, onBehalfOf || null);
    } catch (error) {
      const problems = opportunityProblems(t, error, (field) =>
        field === 'message' || field === 'organizationId' ? field : undefined,
      );
      setErrors(problems.fields);
      setFormError(problems.form);
      focusFirstInvalid();
      return;
    }
    setMessage('');
    setOnBehalfOf(MYSELF);
    onExpressed();
  }

  return (
    <Dialog opened={opened} onClose={close} title={t('opportunityPage.interestTitle')}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('opportunityPage.interestIntro', { title: opportunity.title })}</Text>
          {formError && <FormAlert>{formError}</FormAlert>}
          {organizations && organizations.length > 0 && (
            <NativeSelect
              label={t('opportunityPage.onBehalfOf')}
              value={onBehalfOf}
              error={errors.organizationId}
              data={[
                { value: MYSELF, label: t('opportunityPage.myself') },
                ...organizations.map(({ id, name }) => ({ value: id, label: name })),
              ]}
              onChange={(event) => setOnBehalfOf(event.currentTarget.value)}
            />
          )}
          <NoteField
            label={t('opportunityPage.interestMessage')}
            value={message}
            max={INTEREST_MESSAGE_MAX_LENGTH}
            error={errors.message}
            autoFocus
            onChange={setMessage}
          />
          <Flex
            direction={{ base: 'column', xs: 'row' }}
            justify="flex-end"
            gap="sm"
            align={{ base: 'stretch', xs: 'center' }}
          >
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={expressing}>
              {t('opportunityPage.interestSubmit')}
            </Button>
          </Flex>
        </Stack>
      </form>
    </Dialog>
  );
}
