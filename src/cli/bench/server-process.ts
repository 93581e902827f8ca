import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A server the benchmark measures, in a process of its own (so that its resident memory is its
 * own, and the load generator does not share its event loop): the API (`node dist/src/main.js`)
 * or the baseline.
 */
export class ServerProcess {
  private output = '';
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;

  constructor(
    readonly name: string,
    script: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    readonly url: string,
  ) {
    // Only what a server needs from this shell: nothing of the benchmark's own settings.
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !/^(DATABASE_|PORT$|HOST$|GROWHERE_|LOG_|NODE_ENV$|AUTH_|TEST_)/.test(key),
      ),
    );
    this.child = spawn(process.execPath, [script, ...args], {
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000));
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Waits until `path` answers 200; fails with the process's output if it exits first. */
  async ready(path: string, timeoutMs = 120_000): Promise<void> {
    const started = Date.now();
    let exited = false;
    void this.exited.then(() => (exited = true));
    while (Date.now() - started < timeoutMs) {
      if (exited) throw new Error(`The ${this.name} exited early:\n${this.output}`);
      try {
        const response = await fetch(`${this.url}${path}`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error(`The ${this.name} did not start in ${timeoutMs / 1000} s:\n${this.output}`);
  }

  /** Resident memory (VmRSS) in MB, from /proc (Linux). */
  residentMb(): number | null {
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
      return kb ? Math.round(Number(kb) / 1024) : null;
    } catch {
      return null;
    }
  }

  /** SIGTERM, then SIGKILL if it has not stopped within 10 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const stopped = await Promise.race([this.exited.then(() => true), sleep(10_000, false)]);
    if (!stopped) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}
