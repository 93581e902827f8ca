import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { AuditLogController } from './audit-log.controller.js';
import { AuditLogRepository } from './audit-log.repository.js';
import { AuditLogResolver } from './audit-log.resolver.js';
import { AuditLogService } from './audit-log.service.js';

/**
 * Reading the audit log (admins). Apart from AuditModule, which writes it and which every module
 * may use: reading needs members (the actors), and members write audit entries.
 */
@Module({
  imports: [MembersModule],
  controllers: [AuditLogController],
  providers: [AuditLogRepository, AuditLogService, AuditLogResolver],
})
export class AuditLogModule {}
