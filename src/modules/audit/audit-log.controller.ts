import { Readable } from 'node:stream';
import { Controller, Get, Header, Logger, Query, StreamableFile } from '@nestjs/common';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditLogCsvQuery } from './dto/audit-log.args.js';

/**
 * The audit log as CSV for admins, with the same filters as the auditLog query and the same
 * bearer token as GraphQL. Streamed: read in batches while the client downloads.
 */
@Controller('admin')
@Allow(Access.ADMIN)
export class AuditLogController {
  private readonly logger = new Logger(AuditLogController.name);

  constructor(private readonly service: AuditLogService) {}

  @Get('audit-log.csv')
  @Header('Cache-Control', 'no-store')
  export(@Query() query: AuditLogCsvQuery): StreamableFile {
    const { action, ...rest } = query;
    const filter = { ...rest, actions: action };
    this.service.assertRange(filter);
    return new StreamableFile(Readable.from(this.service.csv(filter)), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="audit-log.csv"',
    }).setErrorHandler((error, response) => {
      // The header has gone out: cut the download off rather than end it as if it were whole.
      this.logger.error(`Audit log export failed: ${error.message}`);
      if (response.destroy) response.destroy();
      else response.end();
    });
  }
}
