/**
 * One platform and one browser for a spec file: started before its tests and stopped after them;
 * a platform that died during a test says so after that test. Pages open in Chinese, in China's
 * time zone, as a court clerk's browser would (the portal's suites also ask for reduced motion).
 */
import { after, afterEach, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startPlatform, type RunningPlatform } from './start-server.js';

export interface PlatformSuite {
  readonly platform: RunningPlatform;
  readonly browser: Browser;
  newContext(): Promise<BrowserContext>;
  /** A fresh context and page, with the page's uncaught errors collected. */
  newPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
}

export function platformSuite(viewport: { width: number; height: number }, options: { reducedMotion?: boolean } = {}): PlatformSuite {
  let platform: RunningPlatform | undefined;
  let browser: Browser | undefined;
  before(async () => {
    platform = await startPlatform();
    browser = await launchBrowser();
  });
  afterEach(() => {
    const notice = platform?.deathNotice();
    if (notice) console.error(notice);
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });
  const suite: PlatformSuite = {
    get platform() {
      if (!platform) throw new Error('the platform is not started (use it inside a test)');
      return platform;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started (use it inside a test)');
      return browser;
    },
    // Reduced motion (the portal's suites): the portal then renders without fades, so a check never lands mid-transition.
    newContext: () => suite.browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...(options.reducedMotion ? { reducedMotion: 'reduce' as const } : {}) }),
    async newPage() {
      const context = await suite.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { context, page, errors };
    },
  };
  return suite;
}
