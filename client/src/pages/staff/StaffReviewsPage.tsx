import { Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OpportunityReviews } from '../../modules/reviews/components/OpportunityReviews';
import { OrganizationReviews } from '../../modules/reviews/components/OrganizationReviews';

/** `/staff/reviews`: opportunities waiting for review and organizations asking to be verified. */
export function StaffReviewsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <title>{t('reviews.documentTitle')}</title>
      <Stack gap="xs">
        <Title order={1}>{t('reviews.title')}</Title>
        <Text c="dimmed">{t('reviews.intro')}</Text>
      </Stack>
      <OpportunityReviews />
      <Divider />
      <OrganizationReviews />
    </Stack>
  );
}
