import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { UpdateProfileDocument, type UpdateProfileInput } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { anaProfile, memberMock } from '../../test/memberFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError, viewer } from '../../test/sessionFixtures';

/** What the form sends for Ana's profile, untouched. */
const unchanged: UpdateProfileInput = {
  displayName: 'Ana López',
  handle: 'ana-lopez',
  headline: 'Founder of Harbor Kitchen',
  bio: 'I run a food business in Roxbury.',
  sectors: ['62'],
  stage: 'GROWTH',
  languages: ['en', 'es'],
  neighborhood: 'roxbury',
  consideringLocating: false,
  needs: [{ category: 'FUNDING', text: 'A small loan' }],
  offers: [{ category: 'MENTORSHIP', text: 'Food safety tips' }],
  phone: '+1 617 555 0100',
  links: [{ label: 'Website', url: 'https://harbor.example' }],
  visibility: { email: 'MEMBERS', phone: 'PRIVATE', links: 'PUBLIC', location: 'PUBLIC' },
  privacy: { connectionRequests: 'ANYONE', messages: 'SECOND_DEGREE', searchEngineIndexing: true },
};

function updateMock(input: UpdateProfileInput, result: object) {
  return { request: { query: UpdateProfileDocument, variables: { input } }, result };
}

describe('EditProfilePage (/account/profile)', () => {
  it('sends the edited profile and opens it', async () => {
    const input: UpdateProfileInput = {
      ...unchanged,
      headline: 'Chef and founder',
      needs: [...unchanged.needs!, { category: 'SPACE', text: 'A commercial kitchen' }],
      visibility: { ...unchanged.visibility!, phone: 'MEMBERS' },
    };
    const saved = vi.fn(() => ({
      data: {
        updateProfile: {
          ...anaProfile,
          headline: 'Chef and founder',
          needs: [
            ...anaProfile.needs,
            {
              __typename: 'Statement' as const,
              id: 'need-9',
              category: 'SPACE' as const,
              text: 'A commercial kitchen',
            },
          ],
        },
      },
    }));
    const { user, router } = renderApp({
      path: '/account/profile',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('ana-lopez', anaProfile),
        { request: { query: UpdateProfileDocument, variables: { input } }, result: saved },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit your profile' }),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: /^Display name/ })).toHaveValue('Ana López');
    expect(screen.getByRole('textbox', { name: 'What do you need? (need 1)' })).toHaveValue(
      'A small loan',
    );

    // Pasted rather than typed: each keystroke re-renders the whole long form, slow in jsdom.
    const headline = screen.getByRole('textbox', { name: 'Headline' });
    await user.clear(headline);
    await user.paste('Chef and founder');

    await user.click(screen.getByRole('button', { name: 'Add a need' }));
    await user.click(screen.getByRole('combobox', { name: 'Category of need 2' }));
    await user.click(await screen.findByRole('option', { name: 'Space' }));
    await user.click(screen.getByRole('textbox', { name: 'What do you need? (need 2)' }));
    await user.paste('A commercial kitchen');

    await user.click(screen.getByRole('combobox', { name: 'Who sees your phone' }));
    await user.click(await screen.findByRole('option', { name: 'Members' }));

    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/m/ana-lopez'));
    expect(saved).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana López' })).toBeVisible();
    expect(screen.getByText('Chef and founder')).toBeVisible();
    expect(screen.getByText('A commercial kitchen')).toBeVisible();
  }, 15_000);

  it('shows a server error about a need on that need', async () => {
    const { user, router } = renderApp({
      path: '/account/profile',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('ana-lopez', anaProfile),
        updateMock(unchanged, {
          errors: [
            serverError('text must be 1 to 280 characters', {
              code: 'BAD_USER_INPUT',
              reason: 'INVALID_INPUT',
              field: 'needs.0.text',
            }),
          ],
        }),
      ],
    });

    await screen.findByRole('heading', { level: 1, name: 'Edit your profile' });
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const need = screen.getByRole('textbox', { name: 'What do you need? (need 1)' });
    await waitFor(() => expect(need).toHaveAttribute('aria-invalid', 'true'));
    expect(need).toHaveAccessibleDescription(
      expect.stringContaining('text must be 1 to 280 characters'),
    );
    expect(need).toHaveFocus();
    expect(
      screen.getByRole('textbox', { name: 'What do you offer? (offer 1)' }),
    ).not.toHaveAttribute('aria-invalid');
    expect(router.state.location.pathname).toBe('/account/profile');
  });

  it('checks rows before sending: a need without text is marked on its row', async () => {
    const { user } = renderApp({
      path: '/account/profile',
      session: viewer,
      mocks: [cityMock('en', englishCity), memberMock('ana-lopez', anaProfile)],
    });

    await screen.findByRole('heading', { level: 1, name: 'Edit your profile' });
    await user.clear(screen.getByRole('textbox', { name: 'What do you need? (need 1)' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const need = screen.getByRole('textbox', { name: 'What do you need? (need 1)' });
    expect(need).toHaveAttribute('aria-invalid', 'true');
    expect(need).toHaveAccessibleDescription('Describe it in a few words.');
    expect(need).toHaveFocus();
    expect(await axeViolations()).toEqual([]);
  });

  it('uploads a new photo at once with the session token, and removes it', async () => {
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(
        Response.json({ photoUrl: '/media/photos/member-1-fedcba9876543210.webp' }),
      )
      .mockResolvedValueOnce(Response.json({ photoUrl: null }));
    const { user } = renderApp({
      path: '/account/profile',
      session: viewer,
      mocks: [cityMock('en', englishCity), memberMock('ana-lopez', anaProfile)],
    });

    await screen.findByRole('heading', { level: 2, name: 'Profile photo' });
    expect(screen.getByRole('img', { name: 'Photo of Ana López' })).toHaveAttribute(
      'src',
      anaProfile.photoUrl,
    );
    const photo = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'me.png', {
      type: 'image/png',
    });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, photo);

    expect(await screen.findByText('Saved.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('img', { name: 'Photo of Ana López' })).toHaveAttribute(
      'src',
      '/media/photos/member-1-fedcba9876543210.webp',
    );
    const [path, init] = fetchSpy.mock.calls[0]!;
    expect(path).toBe('/api/profile/photo');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({ authorization: 'Bearer token-for-member-1' });
    expect((init?.body as FormData).get('photo')).toBe(photo);

    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Removed.')).toBeVisible();
    expect(screen.queryByRole('img', { name: 'Photo of Ana López' })).toBeNull();
    expect(fetchSpy.mock.calls[1]![1]?.method).toBe('DELETE');
    expect(await axeViolations()).toEqual([]);
  });

  it('refuses an image over 5 MB before sending it', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { user } = renderApp({
      path: '/account/profile',
      session: viewer,
      mocks: [cityMock('en', englishCity), memberMock('ana-lopez', anaProfile)],
    });

    await screen.findByRole('heading', { level: 2, name: 'Profile photo' });
    const huge = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.jpg', {
      type: 'image/jpeg',
    });
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, huge);

    expect(await screen.findByRole('alert')).toHaveTextContent('That image is larger than 5 MB.');
    expect(fetchSpy).not.toHaveBeenCalledWith('/api/profile/photo', expect.anything());
  });
});
