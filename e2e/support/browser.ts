/** Debian's Chromium driven by playwright-core (never a downloaded browser build). */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from './start-server.js';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results/e2e');

export async function launchBrowser(): Promise<Browser> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A full-page screenshot into test-results/e2e/NAME.png, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Let spinners finish and antd's fade-back transitions (0.3 s) end, so the picture shows the page at rest.
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export const DEMO_PASSWORD = 'Zhixing#2026';

/** Log in through the login page, as a person would. */
export async function logIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  // antd spaces out two-character Chinese button labels ("登 录").
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await page.getByTestId('header-user').waitFor();
}

/** Run a test's browser steps; if one fails, leave a picture of the page as it was (failed-NAME.png). */
export async function showingFailure(page: Page, name: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `failed-${name}.png`), fullPage: true }).catch(() => undefined);
    throw error;
  }
}
