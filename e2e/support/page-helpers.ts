/** Small helpers for driving antd pages in the browser tests. */
import type { Locator, Page } from 'playwright-core';

/** Poll a condition about the page (the list keeps its old rows while the new ones load). */
export async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The accessible name of an antd button labelled with two Chinese characters: antd spaces them
 * (刷 新). `afterIcon` allows the icon's own name before it (reload 刷新).
 */
export const twoChars = (label: string, options: { afterIcon?: boolean } = {}): RegExp => new RegExp(`${options.afterIcon ? '' : '^'}${label[0]}\\s*${label[1]}$`);

/**
 * Presses a button with the keyboard (focus, Enter), as a keyboard user does. Unlike a click, it
 * cannot land beside the button when the page moves between aiming and clicking: a timeline above
 * growing with the act just done, or a confirmation bubble aligning itself as it opens.
 */
export const pressWithKeyboard = (button: Locator): Promise<void> => button.press('Enter');

/** A day relative to today in China Standard Time, as YYYY-MM-DD. */
export const cstDay = (offsetDays: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * 86_400_000));

/** Type a date into an antd DatePicker and confirm it with Enter (which must not send the form). */
export async function pickDate(page: Page, id: string, date: string): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

/** Type a period into an antd RangePicker: first day, Enter (on to the last day), last day, Enter. */
export async function typePeriod(page: Page, label: string, from: string, to: string): Promise<void> {
  const first = page.getByLabel(label);
  await first.click();
  await first.fill(from);
  await first.press('Enter');
  const last = page.locator('.ant-picker-range', { has: first }).locator('input').nth(1);
  await last.fill(to);
  await last.press('Enter');
  await page.locator('.ant-picker-dropdown-range').waitFor({ state: 'hidden' });
}

/**
 * Clicks a radio's or checkbox's label until the control is checked: a click that lands while a
 * dialog is still fading in is lost (antd's opening animation), and a loaded CI machine makes that
 * window wider. The control must end up checked, or this fails.
 */
export async function checkByLabel(label: Locator, control: Locator, what: string): Promise<void> {
  await until(
    async () => {
      if (await control.isChecked()) return true;
      await label.click();
      return control.isChecked();
    },
    what,
  );
}

/** Clicks a radio or checkbox itself until it is checked (see checkByLabel). */
export function checkSurely(control: Locator, what: string): Promise<void> {
  return checkByLabel(control, control, what);
}

/**
 * Chooses a radio button of an antd Radio.Group in button style, whose input is hidden (a click on
 * it is refused as "not stable"): clicks its label until the radio is checked (see checkByLabel).
 */
export function chooseRadio(scope: Locator, label: string): Promise<void> {
  return checkByLabel(scope.locator('label.ant-radio-button-wrapper', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }), scope.getByRole('radio', { name: label, exact: true }), label);
}
