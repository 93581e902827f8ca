import nodemailer from 'nodemailer';
import type { OutgoingMail } from './mail.repository.js';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export interface MailTransport {
  /** `development`: nothing leaves the machine; the mail is read at /dev/mail. */
  readonly kind: 'smtp' | 'development';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createMailTransport(smtpUrl: string | undefined, from: string): MailTransport {
  if (!smtpUrl) {
    return { kind: 'development', send: () => Promise.resolve(), close: () => undefined };
  }
  const transporter = nodemailer.createTransport(smtpUrl, { from });
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail({
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
    },
    close: () => transporter.close(),
  };
}
