import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailRepository, type OutgoingMail } from './mail.repository.js';
import { linkMail, type LinkMailKind } from './mail.templates.js';

export type { OutgoingMail };

/** What other modules use to send mail: it is queued with their change, then sent by the worker. */
@Injectable()
export class MailService {
  constructor(private readonly mail: MailRepository) {}

  sendLink(
    manager: EntityManager,
    kind: LinkMailKind,
    to: { recipient: string; name: string; locale: string },
    link: string,
    values?: Record<string, string>,
  ): Promise<void> {
    return this.mail.enqueue(manager, linkMail(kind, { ...to, link, values }));
  }

  /** A mail the caller composed (in the recipient's language), queued with the caller's change. */
  send(manager: EntityManager, mail: OutgoingMail): Promise<void> {
    return this.mail.enqueue(manager, mail);
  }

  /** Mail to an address, for its owner's data export. */
  exportFor(manager: EntityManager, recipient: string) {
    return this.mail.forRecipient(manager, recipient);
  }

  /** Deletes mail to an address whose owner deleted the account. */
  forgetRecipient(manager: EntityManager, recipient: string): Promise<void> {
    return this.mail.deleteForRecipient(manager, recipient);
  }
}
