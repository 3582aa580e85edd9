/** Moving through a portal page with the keyboard only, as a citizen who uses no mouse does. */
import type { Page } from 'playwright-core';

/**
 * Presses Tab until `isThere` (a browser expression about `document.activeElement`, here `el`)
 * holds, at most 60 times.
 */
export async function tabUntil(page: Page, isThere: string, what: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate(`(() => { const el = document.activeElement; return Boolean(el && (${isThere})); })()`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Tab to the element with this id. */
export const tabToId = (page: Page, id: string) => tabUntil(page, `el.id === ${JSON.stringify(id)}`, `#${id}`);

/** Tab to the button or link whose text matches (antd spaces out two-character labels: 提 交). */
export const tabToText = (page: Page, text: RegExp) => tabUntil(page, `${text.toString()}.test((el.textContent || '').trim())`, `“${text.source}”`);

/** Tab to the radio button of this value. */
export const tabToRadio = (page: Page, value: string) => tabUntil(page, `el.type === 'radio' && el.value === ${JSON.stringify(value)}`, `the radio ${value}`);
