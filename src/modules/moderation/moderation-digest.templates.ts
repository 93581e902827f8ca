import type { OutgoingMail } from '../mail/mail.service.js';
import type { QueueCounts } from './moderation.repository.js';

type Locale = 'en' | 'es';

const TEXTS = {
  en: {
    greeting: 'Hello',
    subject: (count: number) =>
      count === 1 ? 'GrowHere: 1 item waits for staff' : `GrowHere: ${count} items wait for staff`,
    intro: 'Here is what waits for city staff on GrowHere today:',
    open: 'Open moderation cases',
    autoHidden: 'of them hidden by members’ reports',
    inReview: 'Opportunities waiting for review',
    pending: 'Organizations waiting for verification',
    applications: 'Applications to the connector programme',
    action: 'Open the staff queue',
    outro: 'You get this mail once a day, when something waits, because you are city staff.',
  },
  es: {
    greeting: 'Hola',
    subject: (count: number) =>
      count === 1
        ? 'GrowHere: 1 asunto espera al equipo'
        : `GrowHere: ${count} asuntos esperan al equipo`,
    intro: 'Esto es lo que espera hoy al equipo de la ciudad en GrowHere:',
    open: 'Casos de moderación abiertos',
    autoHidden: 'de ellos ocultos por denuncias de miembros',
    inReview: 'Oportunidades pendientes de revisión',
    pending: 'Organizaciones pendientes de verificación',
    applications: 'Solicitudes al programa de conectores',
    action: 'Abrir la cola del equipo',
    outro:
      'Recibes este correo una vez al día, cuando algo espera, porque formas parte del equipo de la ciudad.',
  },
} as const;

/** The daily staff digest: what waits, with a link to the queue, in the staff member's language. */
export function staffDigestMail(
  to: { email: string; name: string; locale: string },
  counts: QueueCounts,
  queueLink: string,
): OutgoingMail {
  const l: Locale = to.locale === 'es' ? 'es' : 'en';
  const t = TEXTS[l];
  const lines = [
    `${t.open}: ${counts.open}` +
      (counts.autoHidden > 0 ? ` (${counts.autoHidden} ${t.autoHidden})` : ''),
    `${t.inReview}: ${counts.opportunitiesInReview}`,
    `${t.pending}: ${counts.organizationsPendingVerification}`,
    `${t.applications}: ${counts.connectorApplications}`,
  ];
  const total =
    counts.open +
    counts.opportunitiesInReview +
    counts.organizationsPendingVerification +
    counts.connectorApplications;
  const greeting = `${t.greeting} ${to.name},`;
  return {
    recipient: to.email,
    subject: t.subject(total),
    text:
      `${greeting}\n\n${t.intro}\n\n${lines.map((line) => `- ${line}`).join('\n')}\n\n` +
      `${t.action}: ${queueLink}\n\n${t.outro}\n\n— GrowHere\n`,
    html: `<!doctype html><html lang="${l}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(greeting)}</p><p>${escapeHtml(t.intro)}</p>
<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>
<p><a href="${escapeHtml(queueLink)}" style="background:#1b7a43;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(t.action)}</a></p>
<p style="color:#555">${escapeHtml(t.outro)}</p><p>— GrowHere</p></body></html>`,
  };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
