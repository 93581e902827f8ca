import { Controller, Get, Header, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import type { MailOutboxEntity } from './mail-outbox.entity.js';
import { MailRepository } from './mail.repository.js';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(title)} · GrowHere development mail</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem;border-bottom:1px solid #ddd}
.note{background:#fff8e1;padding:.5rem 1rem;border-radius:6px}a{color:#0b5d2a}</style></head>
<body><main>${body}</main></body></html>`;
}

/**
 * The development outbox: without SMTP_URL nothing leaves the machine, and a newcomer reads the
 * mail here (for example to follow a verification link). Never mounted in production.
 */
@Controller('dev/mail')
@Allow(Access.PUBLIC)
export class DevMailController {
  constructor(private readonly mail: MailRepository) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async list(): Promise<string> {
    const mails = await this.mail.recent(100);
    const rows = mails
      .map(
        (m) =>
          `<tr><td>${m.createdAt.toISOString().replace('T', ' ').slice(0, 19)}</td><td>${escape(m.recipient)}</td>` +
          `<td><a href="/dev/mail/${m.id}">${escape(m.subject)}</a></td><td>${m.status.toLowerCase()}</td></tr>`,
      )
      .join('');
    return page(
      'Outbox',
      `<h1>Development mail</h1><p class="note">No SMTP_URL is set, so mail stays here instead of being sent.</p>` +
        (mails.length
          ? `<table><thead><tr><th>When (UTC)</th><th>To</th><th>Subject</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`
          : '<p>No mail yet.</p>'),
    );
  }

  /** The same list as data, for scripts and tests. */
  @Get('messages.json')
  async messages(): Promise<
    Pick<MailOutboxEntity, 'id' | 'recipient' | 'subject' | 'text' | 'status'>[]
  > {
    const mails = await this.mail.recent(100);
    return mails.map(({ id, recipient, subject, text, status }) => ({
      id,
      recipient,
      subject,
      text,
      status,
    }));
  }

  @Get(':id')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async show(@Param('id', new ParseUUIDPipe()) id: string): Promise<string> {
    const mail = await this.mail.findOne(id);
    if (!mail) throw new NotFoundException('No such mail');
    return page(
      mail.subject,
      `<p><a href="/dev/mail">← All mail</a></p><h1>${escape(mail.subject)}</h1>` +
        `<p>To: ${escape(mail.recipient)} · ${mail.status.toLowerCase()}</p><hr>` +
        // Our own template, generated with escaped values: shown as the member would see it.
        mail.html,
    );
  }
}
