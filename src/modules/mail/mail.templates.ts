import type { OutgoingMail } from './mail.repository.js';

type Locale = 'en' | 'es';

interface LinkMail {
  readonly recipient: string;
  readonly name: string;
  readonly link: string;
  readonly locale: string;
  /** Values for {placeholders} in the texts. */
  readonly values?: Record<string, string>;
}

const TEXTS = {
  verify: {
    en: {
      subject: 'Confirm your email for GrowHere',
      intro: 'Welcome to GrowHere! Please confirm that this is your email address:',
      action: 'Confirm my email',
      outro: 'The link works for 48 hours. If you did not sign up, you can ignore this message.',
    },
    es: {
      subject: 'Confirma tu correo para GrowHere',
      intro: '¡Te damos la bienvenida a GrowHere! Confirma que esta es tu dirección de correo:',
      action: 'Confirmar mi correo',
      outro: 'El enlace es válido durante 48 horas. Si no te registraste, ignora este mensaje.',
    },
  },
  changeEmail: {
    en: {
      subject: 'Confirm your new email for GrowHere',
      intro: 'You asked to use this address for your GrowHere account. Please confirm it:',
      action: 'Confirm my new email',
      outro: 'The link works for 48 hours. If you did not ask for this, ignore this message.',
    },
    es: {
      subject: 'Confirma tu nuevo correo para GrowHere',
      intro: 'Pediste usar esta dirección en tu cuenta de GrowHere. Confírmala:',
      action: 'Confirmar mi nuevo correo',
      outro: 'El enlace es válido durante 48 horas. Si no lo pediste, ignora este mensaje.',
    },
  },
  reset: {
    en: {
      subject: 'Reset your GrowHere password',
      intro: 'Someone asked to reset the password of your GrowHere account. To choose a new one:',
      action: 'Choose a new password',
      outro:
        'The link works for one hour. If you did not ask for this, your password is unchanged.',
    },
    es: {
      subject: 'Restablece tu contraseña de GrowHere',
      intro: 'Alguien pidió restablecer la contraseña de tu cuenta de GrowHere. Para elegir otra:',
      action: 'Elegir una contraseña nueva',
      outro: 'El enlace es válido durante una hora. Si no lo pediste, tu contraseña no cambia.',
    },
  },
  invite: {
    en: {
      subject: 'You are invited to join {organization} on GrowHere',
      intro:
        'You have been invited to join {organization} on GrowHere. To accept, sign in (or join with this email address) and open your invitations:',
      action: 'See my invitations',
      outro: 'If you do not know this organization, you can ignore this message.',
    },
    es: {
      subject: 'Te invitan a unirte a {organization} en GrowHere',
      intro:
        'Te invitaron a unirte a {organization} en GrowHere. Para aceptar, inicia sesión (o regístrate con este correo) y abre tus invitaciones:',
      action: 'Ver mis invitaciones',
      outro: 'Si no conoces esta organización, ignora este mensaje.',
    },
  },
} as const;

const GREETING = { en: 'Hello', es: 'Hola' } as const;

export type LinkMailKind = keyof typeof TEXTS;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A short mail with one link, in the member's language; plain text and HTML. */
export function linkMail(kind: LinkMailKind, mail: LinkMail): OutgoingMail {
  const locale: Locale = mail.locale === 'es' ? 'es' : 'en';
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => mail.values?.[key] ?? whole);
  const raw = TEXTS[kind][locale];
  const t = {
    subject: fill(raw.subject),
    intro: fill(raw.intro),
    action: raw.action,
    outro: raw.outro,
  };
  const greeting = `${GREETING[locale]} ${mail.name},`;
  return {
    recipient: mail.recipient,
    subject: t.subject,
    text: `${greeting}\n\n${t.intro}\n\n${mail.link}\n\n${t.outro}\n\n— GrowHere\n`,
    html: `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(greeting)}</p><p>${escapeHtml(t.intro)}</p>
<p><a href="${escapeHtml(mail.link)}" style="background:#1b7a43;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(t.action)}</a></p>
<p style="color:#555">${escapeHtml(t.outro)}</p><p>— GrowHere</p></body></html>`,
  };
}
