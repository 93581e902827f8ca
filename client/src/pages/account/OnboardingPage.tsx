import {
  Anchor,
  Button,
  Container,
  Group,
  Progress,
  Radio,
  Stack,
  Stepper,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NeedOfferCategory } from '../../generated/graphql';
import { FormAlert } from '../../modules/auth/components/FormAlert';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { WelcomeNote } from '../../modules/auth/components/WelcomeNote';
import { useFocusFirstInvalid } from '../../modules/auth/hooks/useFocusFirstInvalid';
import { useSession } from '../../modules/auth/hooks/useSession';
import { useCity } from '../../modules/city/hooks/useCity';
import {
  LocationFields,
  SectorsField,
  StageField,
} from '../../modules/members/components/ProfileFields';
import { useUpdateProfile } from '../../modules/members/hooks/useUpdateProfile';
import {
  INTENTS,
  NO_ANSWERS,
  onboardingInput,
  SUGGESTED_NEEDS,
  SUGGESTED_OFFERS,
  type OnboardingAnswers,
} from '../../modules/members/onboarding';
import { MAX_STATEMENTS, newRowKey } from '../../modules/statements/categories';
import { StatementRowsField } from '../../modules/statements/components/StatementRowsField';
import { formProblems } from '../../modules/ui/formProblems';

const STEPS = 4;

/** `/onboarding`: right after sign-up, four skippable steps saved with one `updateProfile`. */
export function OnboardingPage() {
  return (
    <RequireSession>
      <Onboarding />
    </RequireSession>
  );
}

function Onboarding() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const { city } = useCity();
  const { updateProfile, loading } = useUpdateProfile();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [active, setActive] = useState(0);
  const [answers, setAnswers] = useState<OnboardingAnswers>(NO_ANSWERS);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Each step's heading takes focus, so keyboard and screen-reader users start at the new step.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [active]);

  const set = (change: Partial<OnboardingAnswers>) =>
    setAnswers((current) => ({ ...current, ...change }));
  const skip: Record<number, Partial<OnboardingAnswers>> = {
    0: { intent: null },
    1: { sectors: [], stage: null },
    2: { neighborhood: null, homeCity: '', homeCountry: null },
    3: { needs: [], offers: [] },
  };

  async function finish(final: OnboardingAnswers) {
    setFormError(undefined);
    const found: Record<string, string> = {};
    for (const kind of ['needs', 'offers'] as const) {
      final[kind].forEach((row, index) => {
        if (row.category !== null && !row.text.trim())
          found[`${kind}.${index}.text`] = t('statements.textRequired');
      });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      await updateProfile(onboardingInput(final));
      setActive(STEPS);
    } catch (error) {
      const problems = formProblems(t, error, (path) => /^(needs|offers)\.\d+/.test(path));
      setErrors(problems.fields);
      setFormError(
        problems.form ??
          (Object.keys(problems.fields).length > 0 ? undefined : t('auth.errors.server')),
      );
      focusFirstInvalid();
    }
  }

  function next(skipping: boolean) {
    const final = skipping ? { ...answers, ...skip[active] } : answers;
    if (skipping) setAnswers(final);
    if (active === STEPS - 1) void finish(final);
    else setActive(active + 1);
  }

  const addSuggestion = (kind: 'needs' | 'offers', category: NeedOfferCategory) => {
    if (answers[kind].length >= MAX_STATEMENTS) return;
    set({ [kind]: [...answers[kind], { key: newRowKey(), category, text: '' }] });
  };

  const stepHeading = (text: string) => (
    <Title order={2} fz="h3" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
      {text}
    </Title>
  );

  const cityName = city?.name ?? '';
  const done = active === STEPS;

  return (
    <Container size={720} py={{ base: 32, sm: 56 }}>
      <title>{t('onboarding.documentTitle')}</title>
      <Stack gap="lg">
        <Title order={1}>{t('onboarding.title')}</Title>
        {!done && (
          <Stack gap={4}>
            <Text fw={600}>{t('onboarding.progress', { step: active + 1, total: STEPS })}</Text>
            <Progress
              value={((active + 1) / STEPS) * 100}
              aria-label={t('onboarding.progress', { step: active + 1, total: STEPS })}
              size="sm"
            />
          </Stack>
        )}
        <form ref={formRef} onSubmit={(event) => event.preventDefault()} noValidate>
          <Stepper
            active={active}
            onStepClick={setActive}
            allowNextStepsSelect={false}
            size="sm"
            orientation="horizontal"
            styles={{ steps: { flexWrap: 'wrap', rowGap: 8 } }}
          >
            <Stepper.Step label={t('onboarding.intentStep')}>
              <StepBody heading={stepHeading(t('onboarding.intentHeading'))}>
                <Radio.Group
                  label={t('onboarding.intentLabel')}
                  value={answers.intent}
                  onChange={(value) =>
                    set({ intent: INTENTS.find((intent) => intent === value) ?? null })
                  }
                >
                  <Stack gap="sm" mt="xs">
                    <Radio
                      value="resources"
                      label={t('onboarding.intentResources')}
                      description={t('onboarding.intentResourcesHint')}
                    />
                    <Radio
                      value="grow"
                      label={t('onboarding.intentGrow')}
                      description={t('onboarding.intentGrowHint')}
                    />
                    <Radio
                      value="relocate"
                      label={t('onboarding.intentRelocate', { city: cityName })}
                      description={t('onboarding.intentRelocateHint')}
                    />
                    <Radio
                      value="help"
                      label={t('onboarding.intentHelp')}
                      description={t('onboarding.intentHelpHint')}
                    />
                  </Stack>
                </Radio.Group>
              </StepBody>
            </Stepper.Step>
            <Stepper.Step label={t('onboarding.businessStep')}>
              <StepBody heading={stepHeading(t('onboarding.businessHeading'))}>
                <SectorsField
                  city={city}
                  value={answers.sectors}
                  onChange={(sectors) => set({ sectors })}
                />
                <StageField value={answers.stage} onChange={(stage) => set({ stage })} />
              </StepBody>
            </Stepper.Step>
            <Stepper.Step label={t('onboarding.placeStep')}>
              <StepBody heading={stepHeading(t('onboarding.placeHeading'))}>
                <LocationFields
                  city={city}
                  neighborhood={answers.neighborhood}
                  homeCity={answers.homeCity}
                  homeCountry={answers.homeCountry}
                  onChange={set}
                />
              </StepBody>
            </Stepper.Step>
            <Stepper.Step label={t('onboarding.needsStep')}>
              <StepBody heading={stepHeading(t('onboarding.needsHeading'))}>
                {formError && <FormAlert>{formError}</FormAlert>}
                <Text id="onboarding-suggestions">{t('onboarding.suggestions')}</Text>
                <Group gap="xs" role="group" aria-labelledby="onboarding-suggestions">
                  {SUGGESTED_NEEDS.map((category) => (
                    <Button
                      key={`need-${category}`}
                      size="compact-sm"
                      variant="light"
                      color="orange.9"
                      onClick={() => addSuggestion('needs', category)}
                    >
                      {t('onboarding.addNeedSuggestion', { category: t(`categories.${category}`) })}
                    </Button>
                  ))}
                  {SUGGESTED_OFFERS.map((category) => (
                    <Button
                      key={`offer-${category}`}
                      size="compact-sm"
                      variant="light"
                      color="grow.9"
                      onClick={() => addSuggestion('offers', category)}
                    >
                      {t('onboarding.addOfferSuggestion', {
                        category: t(`categories.${category}`),
                      })}
                    </Button>
                  ))}
                </Group>
                <StatementRowsField
                  kind="needs"
                  rows={answers.needs}
                  errors={errors}
                  onChange={(needs) => set({ needs })}
                />
                <StatementRowsField
                  kind="offers"
                  rows={answers.offers}
                  errors={errors}
                  onChange={(offers) => set({ offers })}
                />
              </StepBody>
            </Stepper.Step>
            <Stepper.Completed>
              <Stack gap="md" mt="lg">
                {stepHeading(t('onboarding.doneTitle'))}
                <WelcomeNote />
                <Group gap="lg">
                  {viewer && (
                    <Button component={Link} to={`/m/${viewer.handle}`}>
                      {t('onboarding.profileLink')}
                    </Button>
                  )}
                  <Anchor component={Link} to="/" fw={600}>
                    {t('welcomePage.continue')}
                  </Anchor>
                </Group>
              </Stack>
            </Stepper.Completed>
          </Stepper>
          {!done && (
            <Group justify="space-between" mt="xl" gap="sm">
              <Button
                variant="default"
                disabled={active === 0}
                onClick={() => setActive(active - 1)}
              >
                {t('onboarding.back')}
              </Button>
              <Group gap="sm">
                <Button variant="subtle" onClick={() => next(true)} disabled={loading}>
                  {t('onboarding.skip')}
                </Button>
                <Button onClick={() => next(false)} loading={loading}>
                  {active === STEPS - 1 ? t('onboarding.finish') : t('onboarding.next')}
                </Button>
              </Group>
            </Group>
          )}
        </form>
      </Stack>
    </Container>
  );
}

function StepBody({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="md" mt="lg">
      {heading}
      {children}
    </Stack>
  );
}
