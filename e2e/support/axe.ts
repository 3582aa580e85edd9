/**
 * WCAG 2.1 AA checks with axe-core (issue 5: "zero serious or critical axe-core violations on every
 * portal page"): the library's own script injected into the page, run there, its violations read back.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Every WCAG 2.0/2.1 A and AA violation axe finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Judge the page at rest: no pointer hovering a control it just clicked, and every fade or slide
  // finished (a half-transparent label mid-transition is not what a reader sees; on a loaded machine
  // the check can land mid-animation). Endless animations (spinners) cannot finish and are left.
  await page.mouse.move(0, 0);
  await page.evaluate(`document.getAnimations().forEach((a) => { try { a.finish(); } catch { /* an endless animation */ } })`);
  await page.waitForTimeout(50);
  await page.addScriptTag({ path: AXE_SCRIPT });
  // An expression, not a function: this program is compiled without the DOM's types.
  return page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })))`);
}

/** The serious and critical ones, as readable lines (empty when the page passes). */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 5).join(', ')}`);
}
