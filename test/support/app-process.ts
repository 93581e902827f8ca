import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';

const MAIN = path.join(projectRoot, 'dist/src/main.js');

/** `npm start`'s process (the built server), run as a newcomer would run it. */
export class AppProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(env: NodeJS.ProcessEnv) {
    if (!fs.existsSync(MAIN)) throw new Error('dist/src/main.js is missing: run `npm run build`');
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !/^(DATABASE_URL|PORT|GROWHERE_|LOG_|NODE_ENV|TEST_)/.test(key),
      ),
    );
    this.child = spawn(process.execPath, [MAIN], {
      cwd: projectRoot,
      env: { ...inherited, HOST: '127.0.0.1', PORT: '0', LOG_FORMAT: 'json', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Resolves with the app's URL once the banner is printed; rejects if the process exits. */
  async ready(timeoutMs = 60_000): Promise<string> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const match = /App:\s+(http:\/\/\S+?)\/\s/.exec(this.stdout);
      if (match && this.stdout.includes('Press Ctrl-C to stop.')) return match[1];
      const exited = await Promise.race([
        this.exited.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 100)),
      ]);
      if (exited) throw new Error(`The app exited early:\n${this.stdout}\n${this.stderr}`);
    }
    throw new Error(`The app did not start in time:\n${this.stdout}\n${this.stderr}`);
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Stops the process if it is still running; for cleanup. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}
