import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  AnswerIntroductionDocument,
  DeclineIntroductionRequestDocument,
  ForwardIntroductionRequestDocument,
  RecordIntroductionOutcomeDocument,
} from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import {
  anaPerson,
  boPerson,
  carlaPerson,
  cyPerson,
  inputMock,
  introducerRecordMock,
  introduction,
  introductionRequest,
  introductionRequestsMock,
  introductionsMock,
} from '../../test/introductionFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

const toBo = introduction('intro-1', { note: 'You both bake sourdough.' });
const toCy = introduction('intro-2', {
  memberB: cyPerson,
  status: 'COMPLETED',
  viewerAnswer: 'ACCEPTED',
  completedAt: '2026-03-05T15:00:00.000Z',
});

describe('IntroductionsPage (/introductions)', () => {
  it('sends an anonymous visitor to sign in', async () => {
    const { router } = renderApp({ path: '/introductions', mocks: [cityMock('en', englishCity)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('accepts one introduction and says not now to another', async () => {
    const toEve = introduction('intro-3', {
      memberA: introPersonEve(),
      memberB: anaPerson,
      status: 'ACCEPTED_BY_ONE',
    });
    const { user } = renderApp({
      path: '/introductions',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        introductionsMock('PARTICIPANT', [toBo, toEve]),
        inputMock(
          AnswerIntroductionDocument,
          { introductionId: 'intro-1', accept: true },
          { answerIntroduction: { ...toBo, status: 'ACCEPTED_BY_ONE', viewerAnswer: 'ACCEPTED' } },
        ),
        inputMock(
          AnswerIntroductionDocument,
          { introductionId: 'intro-3', accept: false },
          { answerIntroduction: { ...toEve, status: 'DECLINED', viewerAnswer: 'DECLINED' } },
        ),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Introductions' })).toBeVisible();
    const bo = await screen.findByRole('article', { name: 'Bo Chen' });
    expect(within(bo).getByRole('link', { name: 'Bo Chen' })).toHaveAttribute('href', '/m/bo-chen');
    expect(bo).toHaveTextContent('Introduced by Carla Ruiz on March 3, 2026');
    expect(bo).toHaveTextContent('Note: You both bake sourdough.');
    expect(bo).toHaveTextContent('Waiting for both answers');
    expect(await axeViolations()).toEqual([]);

    await user.click(
      within(bo).getByRole('button', { name: 'Accept the introduction to Bo Chen' }),
    );
    expect(await within(bo).findByRole('status')).toHaveTextContent(
      'You accepted the introduction to Bo Chen.',
    );
    expect(bo).toHaveTextContent('You accepted. Waiting for the other side.');
    expect(within(bo).queryByRole('button', { name: /Accept/ })).toBeNull();

    const eve = screen.getByRole('article', { name: 'Eve Park' });
    await user.click(
      within(eve).getByRole('button', { name: 'Not now for the introduction to Eve Park' }),
    );
    expect(await within(eve).findByRole('status')).toHaveTextContent(
      'You said not now to the introduction to Eve Park.',
    );
    expect(eve).toHaveTextContent('You said not now');
  });

  it('records what came of a completed introduction, and links to its conversation', async () => {
    const { user } = renderApp({
      path: '/introductions',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        introductionsMock('PARTICIPANT', [toCy]),
        inputMock(
          RecordIntroductionOutcomeDocument,
          { introductionId: 'intro-2', kind: 'PARTNERSHIP', note: 'We share an oven now.' },
          {
            recordIntroductionOutcome: {
              ...toCy,
              outcomes: [
                {
                  __typename: 'IntroductionOutcome',
                  kind: 'PARTNERSHIP',
                  note: 'We share an oven now.',
                  recordedAt: '2026-03-09T10:00:00.000Z',
                  member: { __typename: 'Member', id: anaPerson.id },
                },
              ],
            },
          },
        ),
      ],
    });

    const cy = await screen.findByRole('article', { name: 'Cy Díaz' });
    expect(cy).toHaveTextContent("Complete: you're connected");
    expect(
      within(cy).getByRole('link', { name: 'Open the introduction conversation' }),
    ).toHaveAttribute('href', '/messages');
    const form = within(cy).getByRole('form', {
      name: 'Record what came of the introduction to Cy Díaz',
    });
    await user.selectOptions(within(form).getByLabelText('What came of it'), 'A partnership');
    await user.type(within(form).getByLabelText('A note (optional)'), 'We share an oven now.');
    await user.click(within(form).getByRole('button', { name: 'Record' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Recorded. Thank you!');
    expect(cy).toHaveTextContent('What came of it: A partnership');
    expect(await axeViolations()).toEqual([]);
  });

  it("shows a connector's record and the introductions they made", async () => {
    const made = introduction('intro-9', {
      viewerRole: 'INTRODUCER',
      introducer: anaPerson,
      memberA: boPerson,
      memberB: cyPerson,
      status: 'NOT_NOW',
    });
    renderApp({
      path: '/introductions?tab=made',
      session: { ...viewer, roles: ['MEMBER', 'CONNECTOR'] },
      mocks: [
        cityMock('en', englishCity),
        introductionsMock('INTRODUCER', [made]),
        introducerRecordMock({ made: 5, completed: 3, waiting: 1, notNow: 1, expired: 0 }, [
          { kind: 'HIRE', count: 2 },
          { kind: 'MET', count: 1 },
        ]),
      ],
    });

    const record = await screen.findByRole('region', { name: 'Your record as a connector' });
    expect(record).toHaveTextContent('Made5Completed3Waiting1Not now1Expired0');
    expect(record).toHaveTextContent('Outcomes: A hire (2) and We met (1)');
    const card = await screen.findByRole('article', {
      name: 'You introduced Bo Chen and Cy Díaz on March 3, 2026',
    });
    expect(card).toHaveTextContent("One of them said not now (we don't say who)");
    expect(await axeViolations()).toEqual([]);
  });

  it('forwards one request with a note and declines another', async () => {
    const fromBo = introductionRequest('req-1', {
      requester: boPerson,
      introducer: anaPerson,
      target: cyPerson,
      reason: 'Looking for a baker for my café.',
    });
    const fromCarla = introductionRequest('req-2', {
      requester: carlaPerson,
      introducer: anaPerson,
      target: cyPerson,
      reason: 'Sales pitch.',
    });
    const { user } = renderApp({
      path: '/introductions?tab=askedOfYou',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        introductionRequestsMock('INTRODUCER', [fromBo, fromCarla]),
        inputMock(
          ForwardIntroductionRequestDocument,
          { requestId: 'req-1', note: 'Bo runs the café on Main.' },
          { forwardIntroductionRequest: { ...fromBo, status: 'FORWARDED', introductionId: 'i-7' } },
        ),
        inputMock(
          DeclineIntroductionRequestDocument,
          { requestId: 'req-2', note: 'I do not know Cy well enough.' },
          { declineIntroductionRequest: { ...fromCarla, status: 'DECLINED' } },
        ),
      ],
    });

    const bo = await screen.findByRole('article', {
      name: 'Bo Chen asks you to introduce them to Cy Díaz',
    });
    expect(bo).toHaveTextContent('Why: Looking for a baker for my café.');
    await user.click(within(bo).getByRole('button', { name: 'Forward the request from Bo Chen' }));
    const forward = await screen.findByRole('dialog', { name: 'Introduce Bo Chen to Cy Díaz' });
    await user.type(
      within(forward).getByLabelText('Your note (optional)'),
      'Bo runs the café on Main.',
    );
    expect(await axeViolations()).toEqual([]);
    await user.click(within(forward).getByRole('button', { name: 'Make the introduction' }));
    expect(await screen.findByText('You introduced Bo Chen to Cy Díaz.')).toBeVisible();
    await waitFor(() => expect(bo).toHaveTextContent('Introduction made'));
    expect(within(bo).queryByRole('button')).toBeNull();

    const carla = screen.getByRole('article', {
      name: 'Carla Ruiz asks you to introduce them to Cy Díaz',
    });
    await user.click(
      within(carla).getByRole('button', { name: 'Decline the request from Carla Ruiz' }),
    );
    const decline = await screen.findByRole('dialog', {
      name: 'Decline the request from Carla Ruiz',
    });
    await user.type(
      within(decline).getByLabelText('A note to Carla Ruiz (optional)'),
      'I do not know Cy well enough.',
    );
    await user.click(within(decline).getByRole('button', { name: 'Decline' }));
    expect(await screen.findByText('You declined the request from Carla Ruiz.')).toBeVisible();
    await waitFor(() => expect(carla).toHaveTextContent('Declined'));
  });

  it('shows your requests and their answers, in Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/introductions?tab=youAsked',
      session: viewer,
      mocks: [
        cityMock('es', spanishCity),
        introductionRequestsMock('REQUESTER', [
          introductionRequest('req-5', {
            reason: 'Pan para mi café.',
            status: 'DECLINED',
            answerNote: 'No le conozco bien.',
          }),
        ]),
      ],
    });

    const card = await screen.findByRole('article', {
      name: 'Le pediste a Carla Ruiz que te presente a Bo Chen',
    });
    expect(card).toHaveTextContent('Rechazada');
    expect(card).toHaveTextContent('Su nota: No le conozco bien.');
    expect(screen.getByRole('tab', { name: 'Pediste', selected: true })).toBeVisible();
  });
});

function introPersonEve() {
  return {
    __typename: 'Member' as const,
    id: 'member-5',
    handle: 'eve-park',
    displayName: 'Eve Park',
  };
}
