// The thin slice, the way a person uses it: open the page under a sub-path, load the samples,
// drop a text file, pick a binary file. Screenshots land in tests/e2e/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, dropFiles, ARTIFACTS, SAMPLES, ROOT_DIR } from './harness.mjs';

let served, browser;
before(async () => {
  served = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  served?.server.close();
});

async function freshPage() {
  const session = await openPage(browser, served.origin);
  await session.page.goto(served.url);
  await session.page.getByRole('heading', { name: 'Kliping' }).waitFor();
  return session;
}

test('first screen explains itself and offers three ways in', async () => {
  const { page, problems, context } = await freshPage();
  const tagline = await page.locator('.tagline').innerText();
  assert.match(tagline, /news articles/);
  assert.match(tagline, /browser/);
  assert.equal(await page.locator('input[type=file][multiple]').count(), 1);
  await page.getByRole('button', { name: 'Open files' }).waitFor();
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
  assert.equal(await page.locator('.card').count(), 0);
  await page.screenshot({ path: join(ARTIFACTS, 'first-screen.png'), fullPage: true });

  // The drop zone is reachable by keyboard, and Enter opens the file picker.
  // Focus order: the language switch, then the drop zone.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('drop-zone')), true);
  // Count picker openings in the page: headless Chromium's file-chooser event is not a
  // reliable signal, the input's click() is what our code does.
  await page.evaluate(() => {
    window.__pickerOpened = 0;
    const click = HTMLInputElement.prototype.click;
    HTMLInputElement.prototype.click = function () {
      if (this.type === 'file') window.__pickerOpened += 1;
      return click.call(this);
    };
  });
  await page.locator('.drop-zone').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__pickerOpened === 1);
  assert.equal(await page.locator('input[type=file]').getAttribute('multiple'), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the sample articles load as five cards with real titles', async () => {
  const { page, problems, context } = await freshPage();
  await page.getByRole('button', { name: 'Try the sample articles' }).click();
  await page.locator('.card').nth(4).waitFor();
  assert.equal(await page.locator('.card').count(), 5);
  const titles = await page.locator('.card .title').allInnerTexts();
  assert.ok(titles.some((t) => /Tentara Rusia/.test(t)), titles.join(' | '));
  for (const card of await page.locator('.card').all()) {
    assert.match(await card.locator('.words').innerText(), /^\d+ words$/);
    assert.ok((await card.locator('.lead').innerText()).length > 40);
  }
  await page.screenshot({ path: join(ARTIFACTS, 'samples-loaded.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('dropping a text file adds a card; picking a binary file names it and keeps the cards', async () => {
  const { page, problems, context } = await freshPage();
  await page.getByRole('button', { name: 'Try the sample articles' }).click();
  await page.locator('.card').nth(4).waitFor();

  const english = 'Flood waters recede in Jakarta suburbs\n' +
    'JAKARTA — Residents of eastern Jakarta began returning home on Monday as flood waters receded, ' +
    'officials said, after two days of heavy rain forced thousands to shelter in mosques and schools.\n' +
    'The city administration said it would open four more pumping stations before the rainy season peaks.';
  await dropFiles(page, '.drop-zone', [{ name: 'banjir.txt', bytes: Buffer.from(english, 'utf8') }]);
  await page.locator('.card').nth(5).waitFor();
  assert.equal(await page.locator('.card').count(), 6);
  assert.ok((await page.locator('.card .title').allInnerTexts()).some((t) => t.includes('Flood waters recede')));

  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  await page.locator('input[type=file]').setInputFiles([{ name: 'photo.png', mimeType: 'image/png', buffer: png }]);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /photo\.png/);
  assert.match(await alert.innerText(), /not supported|not a text file/);
  assert.equal(await page.locator('.card').count(), 6, 'earlier cards stay');

  // Picking several real files at once, one of them bad, still loads the good ones.
  const seedName = (await readdir(SAMPLES)).find((n) => n.startsWith('001'));
  const seed = await readFile(join(SAMPLES, seedName));
  await page.locator('input[type=file]').setInputFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'copy-of-001.txt', mimeType: 'text/plain', buffer: seed },
  ]);
  await page.getByText(/empty\.txt/).waitFor();
  await page.getByText(/copy-of-001\.txt is already loaded/).waitFor();
  assert.equal(await page.locator('.card').count(), 6, 'a duplicate is not added twice');

  await page.screenshot({ path: join(ARTIFACTS, 'after-drop-and-errors.png'), fullPage: true });
  assert.deepEqual(problems.filter((p) => !p.includes('favicon')), []);
  await context.close();
});

test('dark theme follows prefers-color-scheme', async () => {
  const { page, problems, context } = await (async () => {
    const s = await openPage(browser, served.origin, { colorScheme: 'dark' });
    await s.page.goto(served.url);
    await s.page.getByRole('heading', { name: 'Kliping' }).waitFor();
    return s;
  })();
  await page.getByRole('button', { name: 'Try the sample articles' }).click();
  await page.locator('.card').nth(4).waitFor();
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(bg, 'rgb(21, 23, 27)');
  await page.screenshot({ path: join(ARTIFACTS, 'samples-loaded-dark.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('every common format loads in one drop; each bad file gets its own message', async () => {
  const { page, problems, context } = await freshPage();
  const dir = join(ROOT_DIR, 'crates/core/tests/fixtures/parse');
  const good = ['flood.md', 'gempa.json', 'beras.html', 'banjir-utf16le.txt', 'cafe-cp1252.txt', 'ekspor.ndjson'];
  const bad = ['gambar.png', 'rusak.json', 'kosong.txt', 'nav-only.html'];
  const files = await Promise.all([...good, ...bad].map(async (name) => ({ name, bytes: await readFile(join(dir, name)) })));
  await dropFiles(page, '.drop-zone', files);
  await page.waitForFunction(() => !document.querySelector('.status progress') && document.querySelectorAll('.card').length > 0);
  await page.waitForFunction((n) => document.querySelectorAll('[role=alert]').length >= n, bad.length);
  const titles = await page.locator('.card .title').allInnerTexts();
  for (const expected of ['Flood Waters Recede in Bandung', 'Gempa Magnitudo 5,6 Guncang Cianjur', 'Harga Beras Naik Jelang Ramadan']) {
    assert.ok(titles.some((t) => t.includes(expected)), `${expected} in ${titles.join(' | ')}`);
  }
  const alerts = (await page.getByRole('alert').allInnerTexts()).join('\n');
  for (const name of bad) assert.match(alerts, new RegExp(name.replace('.', '\\.')));
  assert.match(alerts, /ekspor\.ndjson/, 'the broken NDJSON line is reported');
  assert.match(alerts, /line \d+/i, 'invalid JSON says where');
  await page.screenshot({ path: join(ARTIFACTS, 'formats-and-errors.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
