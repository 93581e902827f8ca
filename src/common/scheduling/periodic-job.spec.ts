import { jest } from '@jest/globals';
import { PeriodicJob } from './periodic-job.js';

describe('PeriodicJob', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs on its interval, logs a failure and goes on, and stops', async () => {
    const warnings: string[] = [];
    let runs = 0;
    const job = new PeriodicJob(
      'Test sweep',
      1000,
      () => {
        runs += 1;
        return runs === 2 ? Promise.reject(new Error('database away')) : Promise.resolve();
      },
      { warn: (message: string) => void warnings.push(message) },
    );
    job.start();
    job.start(); // a second start does not double the runs
    await jest.advanceTimersByTimeAsync(3500);
    expect(runs).toBe(3);
    expect(warnings).toEqual(['Test sweep failed: Error: database away']);
    job.stop();
    await jest.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(3);
  });
});
