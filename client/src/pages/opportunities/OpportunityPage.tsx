import {
  Alert,
  Anchor,
  Avatar,
  Button,
  Container,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Typography,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { currentLanguage } from '../../app/i18n';
import { useSession } from '../../modules/auth/hooks/useSession';
import { HiddenNotice } from '../../modules/moderation/components/ModerationNotice';
import { ReportButton } from '../../modules/moderation/components/ReportButton';
import { VerifiedBadge } from '../../modules/organizations/components/VerifiedBadge';
import { InterestList } from '../../modules/opportunities/components/InterestList';
import { OpportunityBadges } from '../../modules/opportunities/components/OpportunityBadges';
import { PosterActions } from '../../modules/opportunities/components/PosterActions';
import { useOpportunitySummary } from '../../modules/opportunities/components/summary';
import { ViewerInterest } from '../../modules/opportunities/components/ViewerInterest';
import { longDate } from '../../modules/opportunities/format';
import { useCityNames } from '../../modules/opportunities/hooks/useCityNames';
import {
  useOpportunity,
  type OpportunityDetails,
} from '../../modules/opportunities/hooks/useOpportunity';
import { MemberAvatar } from '../../modules/ui/MemberAvatar';
import { DetailList, type Detail } from '../../modules/ui/DetailList';
import { initials } from '../../modules/ui/displayNames';
import { ExternalLink } from '../../modules/ui/ExternalLink';
import { PageMessage } from '../../modules/ui/PageMessage';
import { PageLoading } from '../../modules/ui/PageStatus';

/** What the post form tells this page after saving, shown once as a note. */
export interface OpportunityNotice {
  notice: 'published' | 'inReview' | 'draft' | 'updated';
}

function isNotice(state: unknown): state is OpportunityNotice {
  return typeof state === 'object' && state !== null && 'notice' in state;
}

/** `/opportunities/:id`: an opportunity in full, and what the viewer can do with it. */
export function OpportunityPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { opportunity, error } = useOpportunity(id);

  if (error) {
    return (
      <PageMessage
        documentTitle={t('app.documentTitleFallback')}
        title={t('common.loadError')}
        alert
      >
        {t('status.errorServer')}
      </PageMessage>
    );
  }
  if (opportunity === undefined) return <PageLoading label={t('opportunityPage.loading')} />;
  if (opportunity === null) {
    return (
      <PageMessage
        documentTitle={t('opportunityPage.notFoundDocumentTitle')}
        title={t('opportunityPage.notFoundTitle')}
      >
        {t('opportunityPage.notFoundBody')}
      </PageMessage>
    );
  }
  return <OpportunityView opportunity={opportunity} />;
}

function OpportunityView({ opportunity }: { opportunity: OpportunityDetails }) {
  const { t, i18n } = useTranslation();
  const { status } = useSession();
  const location = useLocation();
  const summary = useOpportunitySummary()(opportunity);
  const { sectorName } = useCityNames();
  const locale = currentLanguage(i18n);
  const notice = isNotice(location.state) ? location.state.notice : undefined;

  const details: Detail[] = [];
  if (summary.deadline) {
    details.push({
      key: 'deadline',
      label: t('opportunityPage.deadline'),
      value: summary.deadline,
    });
  }
  if (summary.amount) {
    details.push({ key: 'amount', label: t('opportunityPage.amount'), value: summary.amount });
  }
  if (summary.size) {
    details.push({ key: 'size', label: t('opportunityPage.size'), value: summary.size });
  }
  if (summary.place) {
    details.push({ key: 'place', label: t('opportunityPage.place'), value: summary.place });
  }
  if (opportunity.sectors.length > 0) {
    details.push({
      key: 'sectors',
      label: t('opportunityPage.sectors'),
      value: opportunity.sectors.map(sectorName).join(', '),
    });
  }
  if (opportunity.stages.length > 0) {
    details.push({
      key: 'stages',
      label: t('opportunityPage.stages'),
      value: opportunity.stages.map((stage) => t(`stages.${stage}`)).join(', '),
    });
  }
  if (opportunity.categories.length > 0) {
    details.push({
      key: 'categories',
      label: t('opportunityPage.categories'),
      value: opportunity.categories.map((category) => t(`categories.${category}`)).join(', '),
    });
  }
  if (opportunity.externalUrl && /^https?:\/\//i.test(opportunity.externalUrl)) {
    details.push({
      key: 'link',
      label: t('opportunityPage.externalLink'),
      value: (
        <ExternalLink href={opportunity.externalUrl}>
          {opportunity.externalUrl.replace(/^https?:\/\//, '')}
        </ExternalLink>
      ),
    });
  }
  if (opportunity.publishedAt) {
    details.push({
      key: 'published',
      label: t('opportunityPage.publishedAt'),
      value: longDate(locale, opportunity.publishedAt),
    });
  }
  if (opportunity.closedAt) {
    details.push({
      key: 'closed',
      label: t('opportunityPage.closedAt'),
      value: longDate(locale, opportunity.closedAt),
    });
  }
  if (opportunity.viewerCanEdit) {
    details.push({
      key: 'interest',
      label: t('opportunityPage.interestCount'),
      value: String(opportunity.interestCount),
    });
  }

  return (
    <Container size="lg" py={{ base: 32, sm: 56 }}>
      <title>{t('opportunityPage.documentTitle', { title: opportunity.title })}</title>
      <Stack gap="xl">
        <Anchor component={Link} to="/opportunities" fw={600}>
          {t('opportunityPage.back')}
        </Anchor>
        <Stack gap="sm">
          <OpportunityBadges
            kind={opportunity.kind}
            subkind={opportunity.subkind}
            status={opportunity.status}
            showStatus={opportunity.viewerCanEdit || opportunity.status !== 'PUBLISHED'}
          />
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {opportunity.title}
          </Title>
          <PostedBy opportunity={opportunity} />
        </Stack>
        {notice && (
          <Alert color="grow" variant="light" role="status">
            {t(`opportunityPage.notices.${notice}`)}
          </Alert>
        )}
        {opportunity.hidden && <HiddenNotice kind="OPPORTUNITY" />}
        {opportunity.viewerCanEdit && <PosterActions opportunity={opportunity} />}

        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="xl">
              <Stack component="section" aria-labelledby="opportunity-description" gap="sm">
                <Title id="opportunity-description" order={2} fz="h3">
                  {t('opportunityPage.descriptionHeading')}
                </Title>
                {opportunity.descriptionHtml ? (
                  // The server renders the Markdown and sanitises the HTML (no script, no raw HTML).
                  <Typography
                    style={{ overflowWrap: 'anywhere' }}
                    dangerouslySetInnerHTML={{ __html: opportunity.descriptionHtml }}
                  />
                ) : (
                  <Text c="dimmed">{t('opportunityPage.noDescription')}</Text>
                )}
              </Stack>
              {opportunity.eligibility && (
                <Stack component="section" aria-labelledby="opportunity-eligibility" gap="sm">
                  <Title id="opportunity-eligibility" order={2} fz="h3">
                    {t('opportunityPage.eligibilityHeading')}
                  </Title>
                  <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {opportunity.eligibility}
                  </Text>
                </Stack>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="lg">
              {status === 'signedIn' && !opportunity.viewerCanEdit && (
                <ViewerInterest opportunity={opportunity} />
              )}
              {!opportunity.viewerCanEdit && (
                <ReportButton
                  target={{ type: 'OPPORTUNITY', id: opportunity.id, name: opportunity.title }}
                />
              )}
              {status === 'anonymous' && <SignInCallout />}
              <Stack component="section" aria-labelledby="opportunity-facts" gap="sm">
                <Title id="opportunity-facts" order={2} fz="h3">
                  {t('opportunityPage.factsHeading')}
                </Title>
                <DetailList details={details} />
              </Stack>
            </Stack>
          </Grid.Col>
        </Grid>

        {opportunity.viewerCanEdit && (
          <InterestList opportunityId={opportunity.id} interestCount={opportunity.interestCount} />
        )}
      </Stack>
    </Container>
  );
}

/** "Offered by Harbor Kitchen, posted by Ana López", with links to both. */
function PostedBy({ opportunity }: { opportunity: OpportunityDetails }) {
  const { t } = useTranslation();
  const { organization, poster } = opportunity;
  return (
    <Stack gap={6}>
      {organization && (
        <Group gap="sm">
          <Avatar src={organization.logoUrl} alt="" size={32} radius="sm" color="grow">
            <span aria-hidden="true">{initials(organization.name)}</span>
          </Avatar>
          <Text>
            {t('opportunityPage.offeredBy')}{' '}
            <Anchor component={Link} to={`/o/${organization.slug}`} fw={600}>
              {organization.name}
            </Anchor>
          </Text>
          {organization.verified && <VerifiedBadge size="sm" />}
        </Group>
      )}
      {poster && (
        <Group gap="sm">
          <MemberAvatar member={poster} size={32} />
          <Text>
            {t('opportunityPage.postedBy')}{' '}
            <Anchor component={Link} to={`/m/${poster.handle}`} fw={600}>
              {poster.displayName}
            </Anchor>
          </Text>
        </Group>
      )}
    </Stack>
  );
}

function SignInCallout() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Paper component="section" aria-labelledby="sign-in-to-act" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title id="sign-in-to-act" order={2} fz="h4">
          {t('opportunityPage.signInHeading')}
        </Title>
        <Text size="sm">{t('opportunityPage.signInBody')}</Text>
        <Group gap="sm">
          <Button component={Link} to="/sign-in" state={{ from: location.pathname }}>
            {t('opportunityPage.signIn')}
          </Button>
          <Button component={Link} to="/join" variant="default">
            {t('opportunityPage.join')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
