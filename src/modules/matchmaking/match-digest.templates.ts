import type { OutgoingMail } from '../mail/mail.service.js';
import type { MatchKind } from './match.types.js';
import type { Locale } from './match-reasons.js';

const TEXTS = {
  en: {
    subject: 'GrowHere: your matches this week',
    greeting: 'Hello',
    intro: 'These fit what you need and offer this week, best first, with the reasons why:',
    more: 'See all your matches',
    outro:
      'You get this weekly mail because you turned on the match digest; you can turn it off here:',
    kinds: { MEMBER: 'Person', ORGANIZATION: 'Organization', OPPORTUNITY: 'Opportunity' },
  },
  es: {
    subject: 'GrowHere: tus coincidencias de esta semana',
    greeting: 'Hola',
    intro:
      'Esto encaja con lo que necesitas y ofreces esta semana, lo mejor primero, con el porqué:',
    more: 'Ver todas tus coincidencias',
    outro:
      'Recibes este correo semanal porque activaste el resumen de coincidencias; puedes desactivarlo aquí:',
    kinds: { MEMBER: 'Persona', ORGANIZATION: 'Organización', OPPORTUNITY: 'Oportunidad' },
  },
} as const satisfies Record<Locale, unknown>;

export interface DigestRecipient {
  readonly email: string;
  readonly name: string;
  readonly locale: Locale;
}

/** One match as the mail shows it: its name, its kind, its reasons in words, and a link. */
export interface DigestItem {
  readonly kind: MatchKind;
  readonly name: string;
  readonly reasons: readonly string[];
  readonly link: string;
}

/** The weekly match digest, in the recipient's language. */
export function matchDigestMail(
  to: DigestRecipient,
  items: readonly DigestItem[],
  links: { matches: string; settings: string },
): OutgoingMail {
  const t = TEXTS[to.locale];
  const greeting = `${t.greeting} ${to.name},`;
  const line = (item: DigestItem) => `${item.name} (${t.kinds[item.kind]})`;
  const text = items.map(
    (item) =>
      `- ${line(item)}: ${item.link}\n` + item.reasons.map((reason) => `    ${reason}`).join('\n'),
  );
  const html = items.map(
    (item) =>
      `<li><a href="${escapeHtml(item.link)}">${escapeHtml(item.name)}</a> (${escapeHtml(t.kinds[item.kind])})<ul>` +
      item.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('') +
      '</ul></li>',
  );
  return {
    recipient: to.email,
    subject: t.subject,
    text:
      `${greeting}\n\n${t.intro}\n\n${text.join('\n')}\n\n${t.more}: ${links.matches}\n\n` +
      `${t.outro} ${links.settings}\n\n— GrowHere\n`,
    html:
      `<!doctype html><html lang="${to.locale}"><body style="font-family:sans-serif;line-height:1.5">` +
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(t.intro)}</p><ul>${html.join('')}</ul>` +
      `<p><a href="${escapeHtml(links.matches)}">${escapeHtml(t.more)}</a></p>` +
      `<p style="color:#555">${escapeHtml(t.outro)} <a href="${escapeHtml(links.settings)}">${escapeHtml(links.settings)}</a></p>` +
      '<p>— GrowHere</p></body></html>',
  };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
