import { Anchor, Box, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Box component="footer" py="xl" bg="gray.1" mt="auto">
      <Container size="lg">
        <Stack gap={4}>
          <Text fw={700}>{t('footer.openSource')}</Text>
          <Text size="sm" c="dimmed">
            {t('footer.sources')}
          </Text>
          <Anchor component={Link} to="/open-data" size="sm" fw={600} w="fit-content">
            {t('openData.footerLink')}
          </Anchor>
        </Stack>
      </Container>
    </Box>
  );
}
