import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium, never a downloaded browser. */
export const chromiumPath = CANDIDATES.find((path): path is string =>
  Boolean(path && fs.existsSync(path)),
);

export const browserRequired = process.env.REQUIRE_BROWSER === '1';

/**
 * `describe` when Chromium is here; otherwise a plain note that the browser tests were skipped,
 * or, with REQUIRE_BROWSER=1, a failing test.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPath) {
    describe(name, body);
    return;
  }
  if (browserRequired) {
    describe(name, () => {
      it('needs Chromium (REQUIRE_BROWSER=1)', () => {
        throw new Error('Chromium is not installed: apt-get install chromium');
      });
    });
    return;
  }
  console.log(
    `Skipped the browser tests "${name}": Chromium is not installed (apt-get install chromium).`,
  );
  describe.skip(name, body);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
