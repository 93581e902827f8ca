import { Button, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { opportunityErrorMessage } from '../errors';
import { useSaveOpportunity } from '../hooks/useOpportunityActions';

interface SaveToggleProps {
  opportunity: { id: string; title: string; viewerSaved: boolean };
  size?: 'xs' | 'sm' | 'md';
  /** Whether its name ends with the title: in lists, where many such buttons sit side by side. */
  named?: boolean;
}

/**
 * Save for later, or unsave. The button says what it will do ("Save", "Unsave"), its name ends with
 * the opportunity's title so that a list of them reads apart.
 */
export function SaveToggle({ opportunity, size = 'sm', named = true }: SaveToggleProps) {
  const { t } = useTranslation();
  const { setSaved, loading } = useSaveOpportunity();
  const [error, setError] = useState<string>();
  const saved = opportunity.viewerSaved;

  async function toggle() {
    setError(undefined);
    try {
      await setSaved(opportunity.id, !saved);
    } catch (caught) {
      setError(opportunityErrorMessage(t, caught));
    }
  }

  return (
    <Stack gap={4} align="flex-start">
      <Button
        size={size}
        variant={saved ? 'light' : 'default'}
        loading={loading}
        onClick={() => void toggle()}
        leftSection={<span aria-hidden="true">{saved ? '★' : '☆'}</span>}
      >
        {saved ? t('opportunities.unsave') : t('opportunities.save')}
        {named && <VisuallyHidden>: {opportunity.title}</VisuallyHidden>}
      </Button>
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
