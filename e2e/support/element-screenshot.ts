/** A close-up of one part of a page, for details a full-page picture shrinks out of reach. */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './browser.js';

/** test-results/e2e/NAME.png of just this element, once the page is at rest. */
export async function screenshotOf(locator: Locator, name: string): Promise<void> {
  await locator.page().locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await locator.page().waitForTimeout(400);
  await locator.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * The open dialog whole: a dialog taller than the window is cut off in a full-page picture (it is
 * fixed to the window), so the window is made tall enough for the moment of the picture.
 */
export async function screenshotDialog(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize();
  const box = await page.locator('.ant-modal').last().boundingBox();
  const needed = box ? Math.ceil(box.height + 120) : 0;
  if (viewport && needed > viewport.height) await page.setViewportSize({ width: viewport.width, height: needed });
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
  if (viewport) await page.setViewportSize(viewport);
}
