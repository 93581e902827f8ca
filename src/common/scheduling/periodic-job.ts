import type { Logger } from '@nestjs/common';

/**
 * Work a process repeats on a timer (expiry sweeps, digests). Each run is idempotent, so that
 * several processes may run the same job; a failure is logged and the next run tries again.
 * The timer never keeps the process alive.
 */
export class PeriodicJob {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly name: string,
    private readonly everyMs: number,
    private readonly run: () => Promise<unknown>,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) =>
        this.logger.warn(`${this.name} failed: ${String(error)}`),
      );
    }, this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
