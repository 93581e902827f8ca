import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { DevMailController } from './dev-mail.controller.js';
import { MailRepository } from './mail.repository.js';
import { MailService } from './mail.service.js';
import { createMailTransport, MAIL_TRANSPORT } from './mail.transport.js';
import { MailWorker } from './mail.worker.js';

@Module({})
export class MailModule {
  static forRoot(config: AppConfig): DynamicModule {
    const developmentOutbox = !config.mail.smtpUrl && !config.isProduction;
    return {
      module: MailModule,
      global: true,
      controllers: developmentOutbox ? [DevMailController] : [],
      providers: [
        MailRepository,
        MailService,
        MailWorker,
        {
          provide: MAIL_TRANSPORT,
          useFactory: () => createMailTransport(config.mail.smtpUrl, config.mail.from),
        },
      ],
      exports: [MailService, MailWorker],
    };
  }
}
