import { screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../../test/cityFixtures';
import { anaProfile, boAsMember, memberMock } from '../../../test/memberFixtures';
import { report, reportContentMock } from '../../../test/moderationFixtures';
import { renderApp } from '../../../test/renderApp';
import { serverError, viewer } from '../../../test/sessionFixtures';

/** Bo's profile as Ana sees it: not connected, nothing in common (no network lookups). */
const bo = { ...boAsMember({ canRequest: false }, null), mutualConnectionCount: 0 };

function openBo(mocks: Parameters<typeof renderApp>[0]['mocks'] = []) {
  return renderApp({
    path: '/m/bo-chen',
    session: viewer,
    mocks: [cityMock('en', englishCity), memberMock('bo-chen', bo), ...mocks],
  });
}

async function openDialog(user: ReturnType<typeof openBo>['user']) {
  const button = await screen.findByRole('button', { name: 'Report Bo Chen' });
  button.focus();
  await user.keyboard('{Enter}');
  return screen.findByRole('dialog', { name: 'Report Bo Chen' });
}

function noteField(dialog: HTMLElement) {
  return within(dialog).getByRole('textbox', { name: /^Details/ });
}

describe('Reporting a member', () => {
  it('asks why, needs details for "Other", counts them, then links to My reports', async () => {
    const note = 'Sends the same investment pitch to everyone.';
    const { user } = openBo([
      reportContentMock(
        { targetType: 'MEMBER', targetId: 'member-2', reason: 'OTHER', note },
        report('report-1', { reason: 'OTHER', note }),
      ),
    ]);

    const dialog = await openDialog(user);
    const spam = within(dialog).getByRole('radio', { name: /^Spam/ });
    expect(spam).toHaveFocus();
    expect(within(dialog).getByRole('radiogroup', { name: /What is wrong\?/ })).toBeVisible();
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['SPAM', 'HARASSMENT', 'FRAUD', 'INAPPROPRIATE', 'OTHER']);
    expect(await axeViolations()).toEqual([]);

    // Nothing chosen: refused here, with the focus on the choice.
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    expect(within(dialog).getByText('Choose what is wrong.')).toBeVisible();
    expect(spam).toHaveFocus();

    // "Other" needs details: refused on the field, which takes the focus.
    await user.click(within(dialog).getByRole('radio', { name: /^Other/ }));
    expect(screen.queryByText('Choose what is wrong.')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    expect(noteField(dialog)).toHaveAttribute('aria-invalid', 'true');
    expect(noteField(dialog)).toHaveAccessibleDescription(
      expect.stringContaining('Tell city staff what is wrong.'),
    );
    expect(noteField(dialog)).toHaveFocus();
    expect(await axeViolations()).toEqual([]);

    await user.type(noteField(dialog), note);
    expect(noteField(dialog)).toHaveAccessibleDescription(
      `${1000 - note.length} of 1000 characters left`,
    );
    await user.keyboard('{Tab}{Tab}{Enter}');

    const status = await within(dialog).findByRole('status');
    expect(status).toHaveTextContent('Thank you. Your report was sent to city staff.');
    expect(status).toHaveFocus();
    expect(within(dialog).getByRole('link', { name: 'My reports' })).toHaveAttribute(
      'href',
      '/account/reports',
    );
    expect(await axeViolations()).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Back on the button that opened it (once the modal has let go of the page).
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Report Bo Chen' })).toHaveFocus(),
    );
  }, 60_000);

  it('says so when the member had reported it already', async () => {
    const { user } = openBo([
      reportContentMock({ targetType: 'MEMBER', targetId: 'member-2', reason: 'SPAM' }, [
        serverError('You already reported this', { code: 'CONFLICT', reason: 'ALREADY_REPORTED' }),
      ]),
    ]);

    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('radio', { name: /^Spam/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));

    const status = await within(dialog).findByRole('status');
    expect(status).toHaveTextContent('You already reported this.');
    expect(within(dialog).getByRole('link', { name: 'My reports' })).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: 'Send report' })).not.toBeInTheDocument();
  }, 20_000);

  it('shows the server refusing the note on its field, and a daily limit above the form', async () => {
    const long = 'a'.repeat(10);
    const { user } = openBo([
      reportContentMock(
        { targetType: 'MEMBER', targetId: 'member-2', reason: 'HARASSMENT', note: long },
        [
          serverError('note must be shorter', {
            code: 'BAD_USER_INPUT',
            reason: 'NOTE_TOO_LONG',
            field: 'input.note',
          }),
        ],
      ),
      reportContentMock({ targetType: 'MEMBER', targetId: 'member-2', reason: 'HARASSMENT' }, [
        new GraphQLError('Daily limit reached', {
          extensions: {
            code: 'FORBIDDEN',
            reason: 'DAILY_LIMIT_REACHED',
            limit: 5,
            activity: 'REPORT',
          },
        }),
      ]),
    ]);

    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('radio', { name: /^Harassment/ }));
    await user.type(noteField(dialog), long);
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    await waitFor(() => expect(noteField(dialog)).toHaveAttribute('aria-invalid', 'true'));
    expect(noteField(dialog)).toHaveAccessibleDescription(
      expect.stringContaining('Keep the details to 1000 characters.'),
    );
    expect(noteField(dialog)).toHaveFocus();

    await user.clear(noteField(dialog));
    expect(noteField(dialog)).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'New accounts can do this 5 times a day. Please try again tomorrow.',
    );
    expect(alert).toHaveFocus();
    expect(await axeViolations()).toEqual([]);
  }, 60_000);

  it('stops a note that is too long before sending it', async () => {
    const { user } = openBo();
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('radio', { name: /^Fraud/ }));
    await user.click(noteField(dialog));
    await user.paste('x'.repeat(1001));
    expect(noteField(dialog)).toHaveAttribute('aria-invalid', 'true');
    expect(noteField(dialog)).toHaveAccessibleDescription(
      expect.stringContaining('1 character too many: keep it to 1000.'),
    );
    // No mock answers a report: nothing is sent while the note is too long.
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    expect(noteField(dialog)).toHaveFocus();
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument();
  }, 20_000);

  it('is not offered to visitors', async () => {
    renderApp({
      path: '/m/bo-chen',
      mocks: [
        cityMock('en', englishCity),
        memberMock('bo-chen', { ...bo, viewerConnection: null }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bo Chen' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /Report/ })).not.toBeInTheDocument();
  }, 30_000);

  it('is not offered on the member’s own profile', async () => {
    renderApp({
      path: '/m/ana-lopez',
      session: viewer,
      mocks: [cityMock('en', englishCity), memberMock('ana-lopez', anaProfile)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana López' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /Report/ })).not.toBeInTheDocument();
  }, 30_000);

  it('speaks Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    const { user } = renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [cityMock('es', spanishCity), memberMock('bo-chen', bo)],
    });
    await user.click(await screen.findByRole('button', { name: 'Denunciar a Bo Chen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Denunciar a Bo Chen' });
    expect(within(dialog).getByRole('radio', { name: /^Acoso/ })).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Enviar denuncia' })).toBeVisible();
  }, 30_000);
});
