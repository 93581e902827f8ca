import type { OutgoingMail } from '../mail/mail.service.js';
import type { NotificationData, NotificationType } from './notification.types.js';

type Locale = 'en' | 'es';

/**
 * One notification as a line of text: `{actor}`, `{organization}`, `{opportunity}` and `{count}`
 * are filled in. City staff's decisions name no one: the city decided.
 */
const LINES: Record<Locale, Record<NotificationType, string>> = {
  en: {
    CONNECTION_REQUESTED: '{actor} wants to connect with you',
    CONNECTION_ACCEPTED: '{actor} accepted your connection request',
    INTRODUCTION_PROPOSED: '{actor} proposed an introduction for you',
    INTRODUCTION_COMPLETED: 'Your introduction with {actor} is complete: you are connected',
    INTRODUCTION_REQUESTED: '{actor} asked you for an introduction',
    INTRODUCTION_REQUEST_ANSWERED: '{actor} passed on your request for an introduction',
    ORGANIZATION_INVITATION: '{actor} invited you to join {organization}',
    MESSAGE_RECEIVED: '{actor} sent you a message',
    OPPORTUNITY_INTEREST: '{actor} is interested in {opportunity}',
    MATCH_DIGEST: 'Your matches of the week',
    OPPORTUNITY_REVIEWED: 'City staff approved {opportunity}: it is published',
    ORGANIZATION_VERIFICATION_DECIDED: 'City staff verified {organization}',
    CONNECTOR_APPLICATION_DECIDED: 'City staff approved your application: you are now a connector',
    MODERATION_WARNING: 'A warning from the GrowHere staff',
  },
  es: {
    CONNECTION_REQUESTED: '{actor} quiere conectar contigo',
    CONNECTION_ACCEPTED: '{actor} aceptó tu solicitud de conexión',
    INTRODUCTION_PROPOSED: '{actor} propuso una presentación para ti',
    INTRODUCTION_COMPLETED: 'Tu presentación con {actor} se completó: ya están conectados',
    INTRODUCTION_REQUESTED: '{actor} te pidió una presentación',
    INTRODUCTION_REQUEST_ANSWERED: '{actor} hizo la presentación que le pediste',
    ORGANIZATION_INVITATION: '{actor} te invitó a unirte a {organization}',
    MESSAGE_RECEIVED: '{actor} te envió un mensaje',
    OPPORTUNITY_INTEREST: 'A {actor} le interesa {opportunity}',
    MATCH_DIGEST: 'Tus coincidencias de la semana',
    OPPORTUNITY_REVIEWED: 'El personal de la ciudad aprobó {opportunity}: ya está publicada',
    ORGANIZATION_VERIFICATION_DECIDED: 'El personal de la ciudad verificó {organization}',
    CONNECTOR_APPLICATION_DECIDED:
      'El personal de la ciudad aprobó tu solicitud: ahora eres conector',
    MODERATION_WARNING: 'Una advertencia del equipo de GrowHere',
  },
};

/** Lines that depend on a fact of the notification rather than on its type alone. */
const VARIANTS = {
  en: {
    requestDeclined: '{actor} will not make the introduction you asked for',
    messages: '{count} new messages, the latest from {actor}',
    interestForOrganization: '{actor} is interested in {opportunity} for {organization}',
    opportunityRejected: 'City staff sent {opportunity} back to your drafts',
    verificationRefused: 'City staff did not verify {organization}',
    connectorDeclined: 'City staff declined your application to become a connector',
  },
  es: {
    requestDeclined: '{actor} no hará la presentación que le pediste',
    messages: '{count} mensajes nuevos, el último de {actor}',
    interestForOrganization: 'A {actor} le interesa {opportunity} para {organization}',
    opportunityRejected: 'El personal de la ciudad devolvió {opportunity} a tus borradores',
    verificationRefused: 'El personal de la ciudad no verificó {organization}',
    connectorDeclined: 'El personal de la ciudad rechazó tu solicitud para ser conector',
  },
} as const;

/** Headings of the digest's groups. */
const GROUPS: Record<Locale, Record<NotificationType, string>> = {
  en: {
    CONNECTION_REQUESTED: 'Connection requests',
    CONNECTION_ACCEPTED: 'New connections',
    INTRODUCTION_PROPOSED: 'Introductions proposed to you',
    INTRODUCTION_COMPLETED: 'Introductions completed',
    INTRODUCTION_REQUESTED: 'Requests for introductions',
    INTRODUCTION_REQUEST_ANSWERED: 'Answers to your requests',
    ORGANIZATION_INVITATION: 'Invitations',
    MESSAGE_RECEIVED: 'Messages',
    OPPORTUNITY_INTEREST: 'Interest in your opportunities',
    MATCH_DIGEST: 'Matches',
    OPPORTUNITY_REVIEWED: 'Reviews of your opportunities',
    ORGANIZATION_VERIFICATION_DECIDED: 'Verification of your organizations',
    CONNECTOR_APPLICATION_DECIDED: 'The connector programme',
    MODERATION_WARNING: 'Warnings from the staff',
  },
  es: {
    CONNECTION_REQUESTED: 'Solicitudes de conexión',
    CONNECTION_ACCEPTED: 'Nuevas conexiones',
    INTRODUCTION_PROPOSED: 'Presentaciones propuestas',
    INTRODUCTION_COMPLETED: 'Presentaciones completadas',
    INTRODUCTION_REQUESTED: 'Peticiones de presentación',
    INTRODUCTION_REQUEST_ANSWERED: 'Respuestas a tus peticiones',
    ORGANIZATION_INVITATION: 'Invitaciones',
    MESSAGE_RECEIVED: 'Mensajes',
    OPPORTUNITY_INTEREST: 'Interés en tus oportunidades',
    MATCH_DIGEST: 'Coincidencias',
    OPPORTUNITY_REVIEWED: 'Revisión de tus oportunidades',
    ORGANIZATION_VERIFICATION_DECIDED: 'Verificación de tus organizaciones',
    CONNECTOR_APPLICATION_DECIDED: 'El programa de conectores',
    MODERATION_WARNING: 'Advertencias del equipo',
  },
};

const ACTIONS: Record<Locale, Record<NotificationType, string>> = {
  en: {
    CONNECTION_REQUESTED: 'See the request',
    CONNECTION_ACCEPTED: 'See my network',
    INTRODUCTION_PROPOSED: 'See the introduction',
    INTRODUCTION_COMPLETED: 'See my introductions',
    INTRODUCTION_REQUESTED: 'See the request',
    INTRODUCTION_REQUEST_ANSWERED: 'See my introductions',
    ORGANIZATION_INVITATION: 'See my invitations',
    MESSAGE_RECEIVED: 'Read the message',
    OPPORTUNITY_INTEREST: 'See who is interested',
    MATCH_DIGEST: 'See my matches',
    OPPORTUNITY_REVIEWED: 'See the opportunity',
    ORGANIZATION_VERIFICATION_DECIDED: 'See the organization',
    CONNECTOR_APPLICATION_DECIDED: 'See my application',
    MODERATION_WARNING: 'See my account',
  },
  es: {
    CONNECTION_REQUESTED: 'Ver la solicitud',
    CONNECTION_ACCEPTED: 'Ver mi red',
    INTRODUCTION_PROPOSED: 'Ver la presentación',
    INTRODUCTION_COMPLETED: 'Ver mis presentaciones',
    INTRODUCTION_REQUESTED: 'Ver la petición',
    INTRODUCTION_REQUEST_ANSWERED: 'Ver mis presentaciones',
    ORGANIZATION_INVITATION: 'Ver mis invitaciones',
    MESSAGE_RECEIVED: 'Leer el mensaje',
    OPPORTUNITY_INTEREST: 'Ver quién está interesado',
    MATCH_DIGEST: 'Ver mis coincidencias',
    OPPORTUNITY_REVIEWED: 'Ver la oportunidad',
    ORGANIZATION_VERIFICATION_DECIDED: 'Ver la organización',
    CONNECTOR_APPLICATION_DECIDED: 'Ver mi solicitud',
    MODERATION_WARNING: 'Ver mi cuenta',
  },
};

const TEXTS = {
  en: {
    greeting: 'Hello',
    someone: 'Someone',
    open: 'Open',
    digestSubject: (count: number) =>
      count === 1
        ? 'GrowHere: 1 thing you have not seen yet'
        : `GrowHere: ${count} things you have not seen yet`,
    digestIntro: 'Here is what happened on GrowHere that you have not seen yet, newest first.',
    outro: 'You get this mail because of your notification settings; you can change them here:',
    note: 'Note from city staff',
    reasonIntro: 'What the staff said:',
    warningOutro:
      'Please keep to the community guidelines: the staff may restrict or suspend accounts that do not. Mail about your account is always sent.',
  },
  es: {
    greeting: 'Hola',
    someone: 'Alguien',
    open: 'Abrir',
    digestSubject: (count: number) =>
      count === 1 ? 'GrowHere: 1 novedad sin ver' : `GrowHere: ${count} novedades sin ver`,
    digestIntro:
      'Esto es lo que pasó en GrowHere y aún no has visto, de lo más reciente a lo más antiguo.',
    outro: 'Recibes este correo por tu configuración de notificaciones; puedes cambiarla aquí:',
    note: 'Nota del personal de la ciudad',
    reasonIntro: 'Lo que dijo el equipo:',
    warningOutro:
      'Respeta las normas de la comunidad: el equipo puede restringir o suspender las cuentas que no lo hagan. El correo sobre tu cuenta se envía siempre.',
  },
} as const;

export interface Recipient {
  readonly email: string;
  readonly name: string;
  readonly locale: string;
}

/** One notification as the mail needs it: the actor's name as the recipient may see it. */
export interface MailItem {
  readonly type: NotificationType;
  readonly actorName: string | null;
  readonly data: NotificationData | null;
  /** Absolute link to the page it leads to. */
  readonly link: string;
}

const localeOf = (value: string): Locale => (value === 'es' ? 'es' : 'en');

/** The sentence for one notification, in the recipient's language. */
export function notificationLine(item: MailItem, locale: string): string {
  const l = localeOf(locale);
  const count = item.data?.messageCount ?? 1;
  const refused = item.data?.approved === false;
  const template =
    item.type === 'INTRODUCTION_REQUEST_ANSWERED' && item.data?.answer === 'DECLINED'
      ? VARIANTS[l].requestDeclined
      : item.type === 'MESSAGE_RECEIVED' && count > 1
        ? VARIANTS[l].messages
        : item.type === 'OPPORTUNITY_INTEREST' && item.data?.organizationName
          ? VARIANTS[l].interestForOrganization
          : item.type === 'OPPORTUNITY_REVIEWED' && refused
            ? VARIANTS[l].opportunityRejected
            : item.type === 'ORGANIZATION_VERIFICATION_DECIDED' && refused
              ? VARIANTS[l].verificationRefused
              : item.type === 'CONNECTOR_APPLICATION_DECIDED' && refused
                ? VARIANTS[l].connectorDeclined
                : LINES[l][item.type];
  const values: Record<string, string> = {
    actor: item.actorName ?? TEXTS[l].someone,
    organization: item.data?.organizationName ?? '',
    opportunity: item.data?.opportunityTitle ?? '',
    count: String(count),
  };
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** A mail sent at once for a notification whose channel is EMAIL. */
export function notificationMail(
  to: Recipient,
  item: MailItem,
  settingsLink: string,
): OutgoingMail {
  const l = localeOf(to.locale);
  const line = notificationLine(item, l);
  const action = ACTIONS[l][item.type];
  const greeting = `${TEXTS[l].greeting} ${to.name},`;
  const note = item.data?.note;
  if (item.type === 'MODERATION_WARNING') return warningMail(to, l, line, item);
  return {
    recipient: to.email,
    subject: line.slice(0, 200),
    text:
      `${greeting}\n\n${line}.\n\n` +
      (note ? `${TEXTS[l].note}:\n${note}\n\n` : '') +
      `${action}: ${item.link}\n\n` +
      `${TEXTS[l].outro} ${settingsLink}\n\n— GrowHere\n`,
    html: layout(
      l,
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(line)}.</p>` +
        (note
          ? `<p><strong>${escapeHtml(TEXTS[l].note)}:</strong></p><blockquote style="white-space:pre-wrap">${escapeHtml(note)}</blockquote>`
          : '') +
        button(action, item.link),
      settingsLink,
    ),
  };
}

/** A warning from staff: their reason in full, and no settings link (it is not a setting). */
function warningMail(to: Recipient, l: Locale, line: string, item: MailItem): OutgoingMail {
  const greeting = `${TEXTS[l].greeting} ${to.name},`;
  const reason = item.data?.reason ?? '';
  const action = ACTIONS[l][item.type];
  return {
    recipient: to.email,
    subject: `GrowHere: ${line}`,
    text:
      `${greeting}\n\n${line}.\n\n${TEXTS[l].reasonIntro}\n${reason}\n\n` +
      `${TEXTS[l].warningOutro}\n\n${action}: ${item.link}\n\n— GrowHere\n`,
    html: `<!doctype html><html lang="${l}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(greeting)}</p><p>${escapeHtml(line)}.</p><p>${escapeHtml(TEXTS[l].reasonIntro)}</p>
<blockquote style="white-space:pre-wrap">${escapeHtml(reason)}</blockquote>
<p>${escapeHtml(TEXTS[l].warningOutro)}</p>${button(action, item.link)}<p>— GrowHere</p></body></html>`,
  };
}

/**
 * The daily digest: notifications grouped by type, the group with the newest first, and each
 * group's items newest first. `items` must already be newest first.
 */
export function digestMail(
  to: Recipient,
  items: readonly MailItem[],
  settingsLink: string,
): OutgoingMail {
  const l = localeOf(to.locale);
  const groups = new Map<NotificationType, MailItem[]>();
  for (const item of items) {
    groups.set(item.type, [...(groups.get(item.type) ?? []), item]);
  }
  const greeting = `${TEXTS[l].greeting} ${to.name},`;
  const text = [...groups].map(
    ([type, group]) =>
      `${GROUPS[l][type]}\n` +
      group.map((item) => `- ${notificationLine(item, l)}: ${item.link}`).join('\n'),
  );
  const html = [...groups].map(
    ([type, group]) =>
      `<h2 style="font-size:1.1em;margin-top:1.5em">${escapeHtml(GROUPS[l][type])}</h2><ul>` +
      group
        .map(
          (item) =>
            `<li>${escapeHtml(notificationLine(item, l))} · <a href="${escapeHtml(item.link)}">${escapeHtml(TEXTS[l].open)}</a></li>`,
        )
        .join('') +
      '</ul>',
  );
  return {
    recipient: to.email,
    subject: TEXTS[l].digestSubject(items.length),
    text:
      `${greeting}\n\n${TEXTS[l].digestIntro}\n\n${text.join('\n\n')}\n\n` +
      `${TEXTS[l].outro} ${settingsLink}\n\n— GrowHere\n`,
    html: layout(
      l,
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(TEXTS[l].digestIntro)}</p>${html.join('')}`,
      settingsLink,
    ),
  };
}

function layout(locale: Locale, body: string, settingsLink: string): string {
  return `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">
${body}
<p style="color:#555">${escapeHtml(TEXTS[locale].outro)} <a href="${escapeHtml(settingsLink)}">${escapeHtml(settingsLink)}</a></p><p>— GrowHere</p></body></html>`;
}

function button(label: string, link: string): string {
  return `<p><a href="${escapeHtml(link)}" style="background:#1b7a43;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(label)}</a></p>`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
