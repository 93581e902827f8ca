import { AppException } from '../common/errors/app.exception.js';
import { ConfigError } from '../config/config.error.js';
import { DataDirectoryInUseError } from '../database/embedded-postgres.js';
import { describeDatabaseError } from '../database/database-errors.js';

/** Runs a command-line tool: known failures print one line and exit 1. */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      const known =
        error instanceof ConfigError ||
        error instanceof DataDirectoryInUseError ||
        error instanceof AppException
          ? error.message
          : describeDatabaseError(error);
      if (known) {
        process.stderr.write(`${known}\n`);
      } else {
        process.stderr.write(
          `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      }
      process.exit(1);
    },
  );
}
