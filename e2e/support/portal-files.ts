/** Files a citizen attaches on the portal, picked through the file chooser with the keyboard. */
import type { Page } from 'playwright-core';

/** A real 1×1 PNG (a photograph's stand-in). */
export const PNG_FILE = { name: '现场照片.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64') };

/** Plain text: refused whatever its name says. */
export const TEXT_FILE = { name: '情况说明.txt', mimeType: 'text/plain', buffer: Buffer.from('这是一段文字，不是图片。') };
export const TEXT_AS_PNG = { ...TEXT_FILE, name: '伪装的图片.png', mimeType: 'image/png' };

type PickedFile = { name: string; mimeType: string; buffer: Buffer };

/**
 * A file picker driven by the keyboard: with the upload button focused, Enter opens the chooser,
 * which is given the next file. One listener for the page's life (waiting for each chooser in turn
 * loses every other one: Playwright stops intercepting between them).
 */
export function keyboardFilePicker(page: Page): (file: PickedFile) => Promise<void> {
  const queue: PickedFile[] = [];
  page.on('filechooser', (chooser) => {
    const file = queue.shift();
    if (file) void chooser.setFiles(file);
  });
  return async (file) => {
    queue.push(file);
    await page.keyboard.press('Enter');
  };
}
