/** Choosing in an antd Select with the keyboard, as a keyboard user does: focus, arrow down to it, Enter. */
import type { Locator, Page } from 'playwright-core';

/**
 * `field` is the Select's combobox (e.g. `dialog.getByLabel('申请事由')`). The keyboard, unlike a
 * mouse click on an option, does not depend on the list's fade-in (a click landing during it is
 * lost), and it shows the field can be used without a mouse. The choice is checked on the Select.
 * With `multiple`, one more choice in a multi-select (its list is closed again afterwards).
 */
export async function chooseOption(page: Page, field: Locator, option: string, options: { multiple?: boolean } = {}): Promise<void> {
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const list = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await field.focus();
  await field.press('ArrowDown');
  await list.locator('.ant-select-item-option').first().waitFor();
  for (let step = 0; step < 40; step++) {
    const active = (await list.locator('.ant-select-item-option-active').first().textContent().catch(() => '')) ?? '';
    if (active.includes(option)) {
      await field.press('Enter');
      // A multi-select keeps its list open for the next choice: the chosen tag shows it, Escape closes it.
      if (options.multiple) {
        const chosen = await select.locator('.ant-select-selection-item', { hasText: option }).waitFor({ timeout: 5000 }).then(() => true, () => false);
        await field.press('Escape');
        await list.waitFor({ state: 'hidden' });
        if (chosen) return;
        break;
      }
      await list.waitFor({ state: 'hidden' });
      // The page may re-render on the change (e.g. a filter kept in the URL): wait for the Select to show it.
      if (await select.filter({ hasText: option }).waitFor({ timeout: 5000 }).then(() => true, () => false)) return;
      break;
    }
    await field.press('ArrowDown');
  }
  throw new Error(`could not choose “${option}”`);
}
