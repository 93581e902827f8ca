const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
};
const POSTGRES_CODES: Record<string, string> = {
  '28P01': 'password authentication failed',
  '28000': 'authentication rejected',
  '3D000': 'database does not exist',
};

/** One line for database failures a person can fix (server down, wrong credentials); else undefined. */
export function describeDatabaseError(error: unknown): string | undefined {
  const candidates = [error, (error as { cause?: unknown })?.cause];
  for (const candidate of candidates) {
    const code = (candidate as { code?: unknown } | undefined)?.code;
    if (typeof code !== 'string') continue;
    const reason = NETWORK_CODES[code] ?? POSTGRES_CODES[code];
    if (reason) {
      return `Cannot use the database (${reason}). Check DATABASE_URL and that PostgreSQL is running.`;
    }
  }
  if (error instanceof Error && /timeout expired|Connection terminated/i.test(error.message)) {
    return 'Cannot use the database (connection timed out). Check DATABASE_URL and that PostgreSQL is running.';
  }
  return undefined;
}
