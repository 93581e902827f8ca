import { reasonText, type NeighborhoodNames } from './match-reasons.js';

const names: NeighborhoodNames = (slug, locale) =>
  slug === 'jamaica-plain' ? (locale === 'es' ? 'Jamaica Plain (JP)' : 'Jamaica Plain') : slug;
const NOW = new Date('2026-06-01T12:00:00Z');

describe('reasonText', () => {
  it('says what the viewer needs and what they offer, in their words', () => {
    const offer = {
      code: 'NEED_MATCHES_OFFER' as const,
      category: 'FUNDING' as const,
      offerText: 'Small-business loans',
    };
    expect(reasonText(offer, 'en', 'MEMBER', names)).toBe(
      'You need funding; they offer “Small-business loans”',
    );
    expect(reasonText(offer, 'es', 'MEMBER', names)).toBe(
      'Necesitas financiación; ofrecen «Small-business loans»',
    );
    const loan = {
      ...offer,
      offerText: 'Main Street Microloans',
      opportunityKind: 'FUNDING' as const,
      opportunitySubkind: 'LOAN' as const,
    };
    expect(reasonText(loan, 'en', 'OPPORTUNITY', names)).toBe(
      'You need funding; they offer a loan: “Main Street Microloans”',
    );
    expect(reasonText(loan, 'es', 'OPPORTUNITY', names)).toBe(
      'Necesitas financiación; ofrecen un préstamo: «Main Street Microloans»',
    );
    expect(
      reasonText({ code: 'OFFER_MATCHES_NEED', category: 'MENTORSHIP' }, 'en', 'MEMBER', names),
    ).toBe('They need mentorship; you offer it');
    expect(
      reasonText(
        { code: 'OFFER_MATCHES_NEED', category: 'FUNDING', needText: 'A second oven' },
        'en',
        'CANDIDATE',
        names,
      ),
    ).toBe('They need funding (“A second oven”); your opportunity offers it');
  });

  it('names sectors, stages, neighborhoods and languages in the reader’s language', () => {
    expect(reasonText({ code: 'SAME_SECTOR', sector: '72' }, 'en', 'MEMBER', names)).toBe(
      'Also in Accommodation and Food Services',
    );
    expect(reasonText({ code: 'SAME_SECTOR', sector: '72' }, 'es', 'OPPORTUNITY', names)).toMatch(
      /^Pensada para Alojamiento y servicios de alimentos$/,
    );
    expect(reasonText({ code: 'STAGE_FIT', stage: 'GROWTH' }, 'en', 'OPPORTUNITY', names)).toBe(
      'Meant for growth businesses like yours',
    );
    expect(
      reasonText(
        { code: 'SAME_NEIGHBORHOOD', neighborhood: 'jamaica-plain' },
        'es',
        'MEMBER',
        names,
      ),
    ).toBe('En tu barrio, Jamaica Plain (JP)');
    expect(reasonText({ code: 'SHARED_LANGUAGE', language: 'es' }, 'en', 'MEMBER', names)).toBe(
      'You both speak Spanish',
    );
    expect(reasonText({ code: 'SHARED_LANGUAGE', language: 'es' }, 'es', 'MEMBER', names)).toBe(
      'Ambos hablan español',
    );
  });

  it('counts connections and days', () => {
    expect(reasonText({ code: 'MUTUAL_CONNECTIONS', count: 1 }, 'en', 'MEMBER', names)).toBe(
      '1 mutual connection',
    );
    expect(reasonText({ code: 'MUTUAL_CONNECTIONS', count: 4 }, 'es', 'MEMBER', names)).toBe(
      '4 conexiones en común',
    );
    expect(reasonText({ code: 'CONNECTOR_CAN_INTRODUCE', count: 2 }, 'en', 'MEMBER', names)).toBe(
      '2 connectors you know can introduce you',
    );
    const deadline = new Date(NOW.getTime() + 2.5 * 24 * 60 * 60 * 1000);
    expect(reasonText({ code: 'DEADLINE_SOON', deadline }, 'en', 'OPPORTUNITY', names, NOW)).toBe(
      'Deadline in 3 days',
    );
  });
});
