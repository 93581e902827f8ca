import { SetMetadata } from '@nestjs/common';

/** Who may call an operation. Roles come with accounts; PUBLIC needs no sign-in. */
export enum Access {
  PUBLIC = 'PUBLIC',
  SIGNED_IN = 'SIGNED_IN',
  CONNECTOR = 'CONNECTOR',
  STAFF = 'STAFF',
  ADMIN = 'ADMIN',
}

export const ACCESS_METADATA = 'growhere:access';

/**
 * Declares who may call a query, mutation or route: any one of the listed accesses suffices.
 * Object-level rules (the owner of a profile) are checked again in services.
 */
export const Allow = (...access: [Access, ...Access[]]) => SetMetadata(ACCESS_METADATA, access);
