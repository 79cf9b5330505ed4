// The explorer, the way a person uses it: facets and chips, search and the URL, the reader and
// its keys, reload and Back, downloads, and the language switch. Expected counts are computed
// from the sample files themselves, not written down.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, ARTIFACTS, SAMPLES } from './harness.mjs';

let served, browser, sampleTexts;
before(async () => {
  served = await serveDist();
  browser = await launch();
  const names = (await readdir(SAMPLES)).filter((n) => n.endsWith('.txt')).sort();
  sampleTexts = await Promise.all(names.map((n) => readFile(join(SAMPLES, n), 'utf8')));
});
after(async () => {
  await browser?.close();
  served?.server.close();
});

const samplesMentioning = (re) => sampleTexts.filter((t) => re.test(t)).length;

/** A fresh browser profile with the samples loaded and the entity model applied. */
async function withSamples(options = {}) {
  const session = await openPage(browser, served.origin, options);
  const { page } = session;
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Try the sample articles' }).click();
  await page.locator('.card').nth(4).waitFor();
  // Entity chips appear once the lazily fetched model has been applied.
  await page.locator('.facet.person li').first().waitFor();
  return session;
}

const cardCount = (page) => page.locator('.card').count();
const hash = (page) => page.evaluate(() => decodeURIComponent(location.hash.replace(/\+/g, ' ')));

test('facets, chips and active filters narrow the cards and update the URL', async () => {
  const { page, problems, context } = await withSamples();
  const gladkov = page.locator('.facet.person label', { hasText: 'Vyacheslav Gladkov' });
  await gladkov.locator('input').check();
  await page.waitForFunction(() => location.hash.includes('Gladkov'));
  assert.equal(await cardCount(page), samplesMentioning(/Gladkov/));
  assert.match(await hash(page), /e=person:Vyacheslav Gladkov/);
  assert.match(await page.locator('.count').innerText(), new RegExp(`^${samplesMentioning(/Gladkov/)} / 5`));
  await page.screenshot({ path: join(ARTIFACTS, 'facet-filtered.png'), fullPage: true });

  // Remove it with its chip: back to everything.
  await page.locator('.active-filters .chip', { hasText: 'Vyacheslav Gladkov' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.card').length === 5);

  // Clicking an entity chip on a card filters by that entity.
  const chip = page.locator('.card .chip.place').first();
  const place = (await chip.innerText()).trim();
  await chip.click();
  await page.locator('.active-filters .chip', { hasText: place }).waitFor();
  assert.ok((await cardCount(page)) <= 5);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.card').length === 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('search is prefix and case-insensitive, lives in the URL, and survives a reload', async () => {
  const { page, problems, context } = await withSamples();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.type), 'search');
  await page.keyboard.type('zelensk');
  await page.waitForFunction(() => location.hash.includes('q=zelensk'));
  const expected = samplesMentioning(/zelensk/i);
  await page.waitForFunction((n) => document.querySelectorAll('.card').length === n, expected);

  await page.reload();
  await page.locator('.card').first().waitFor();
  assert.equal(await page.locator('input[type=search]').first().inputValue(), 'zelensk');
  await page.waitForFunction((n) => document.querySelectorAll('.card').length === n, expected);
  assert.match(await page.locator('.count').innerText(), /\/ 5/, 'the corpus was restored from storage');

  // Back undoes a facet click.
  await page.locator('.facet.place li input').first().check();
  await page.waitForFunction(() => location.hash.includes('e=place'));
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('e=place'));
  await page.waitForFunction((n) => document.querySelectorAll('.card').length === n, expected);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the reader highlights entities and steps with j/k, closes with Esc', async () => {
  const { page, problems, context } = await withSamples();
  const titles = await page.locator('.card .title').allInnerTexts();
  await page.locator('.card .title button').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  assert.equal((await dialog.locator('h2').innerText()).trim(), titles[0].trim());
  assert.ok((await dialog.locator('.ent.person').count()) > 0, 'people are highlighted');
  assert.ok((await dialog.locator('.ent.place').count()) > 0, 'places are highlighted');
  assert.match(await hash(page), /a=[0-9a-f]{16}/);
  await page.screenshot({ path: join(ARTIFACTS, 'reader.png') });

  await page.keyboard.press('j');
  await page.waitForFunction((t) => document.querySelector('.reader h2')?.innerText.trim() === t, titles[1].trim());
  await page.keyboard.press('k');
  await page.waitForFunction((t) => document.querySelector('.reader h2')?.innerText.trim() === t, titles[0].trim());

  // Toggling a kind in the legend removes its highlight colour.
  await dialog.locator('.legend.person input').uncheck();
  assert.equal(await dialog.locator('.show-person').count(), 0);

  // A name in the text filters by that entity.
  const name = dialog.locator('.ent.place').first();
  const placeName = (await name.getAttribute('title')).split(' — ')[0];
  await name.click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.active-filters .chip', { hasText: placeName }).waitFor();

  await page.locator('.card .title button').first().click();
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.doesNotMatch(await hash(page), /a=/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('downloads contain the current selection as JSON and CSV', async () => {
  const { page, problems, context } = await withSamples();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  assert.equal(json.suggestedFilename(), 'kliping-articles.json');
  const articles = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(articles.length, 5);
  assert.ok(articles.every((d) => d.article.paragraphs.length > 0 && Array.isArray(d.entities)));

  await page.getByRole('tab', { name: 'Entities' }).click();
  await page.locator('table.entities tbody tr').first().waitFor();
  const rows = await page.locator('table.entities tbody tr').count();
  // Kontan's "JAKARTA." dateline names Jakarta, which the text never mentions again: the
  // table says so rather than counting 0 mentions.
  const jakarta = page.locator('table.entities tbody tr', { hasText: 'Jakarta' });
  assert.equal(await jakarta.locator('td.n').last().textContent(), 'dateline');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  assert.equal(csv.suggestedFilename(), 'kliping-entities.csv');
  const lines = (await readFile(await csv.path(), 'utf8')).trim().split('\n');
  assert.equal(lines[0], 'name,kind,aliases,articles,mentions');
  assert.equal(lines.length - 1, rows, 'one CSV row per table row');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the interface switches to Indonesian and remembers it', async () => {
  const { page, problems, context } = await withSamples();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByRole('button', { name: 'Buka berkas' }).waitFor();
  await page.getByRole('tab', { name: 'Kutipan' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  await page.reload();
  await page.getByRole('button', { name: 'Coba artikel contoh' }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Open files' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('an Indonesian browser gets the Indonesian interface', async () => {
  const { page, problems, context } = await openPage(browser, served.origin, { locale: 'id-ID' });
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Coba artikel contoh' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('screenshots of every view in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems, context } = await withSamples({ colorScheme });
    await page.screenshot({ path: join(ARTIFACTS, `view-articles-${colorScheme}.png`), fullPage: true });
    await page.getByRole('tab', { name: 'Quotes' }).click();
    await page.screenshot({ path: join(ARTIFACTS, `view-quotes-${colorScheme}.png`), fullPage: true });
    await page.getByRole('tab', { name: 'Entities' }).click();
    await page.locator('table.entities').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, `view-entities-${colorScheme}.png`), fullPage: true });
    await page.getByRole('tab', { name: 'Articles' }).click();
    await page.locator('.card .title button').nth(1).click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, `view-reader-${colorScheme}.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the quote list shows who said what, filters by speaker and groups by speaker', async () => {
  const { page, problems, context } = await withSamples();
  const perCard = (await page.locator('.card .quotes-count').allInnerTexts()).map((t) => Number(t.match(/\d+/)[0]));
  const total = perCard.reduce((a, b) => a + b, 0);
  assert.ok(total > 0, 'the samples contain quotes');
  await page.getByRole('tab', { name: 'Quotes' }).click();
  await page.locator('li.quote').first().waitFor();
  assert.equal(await page.locator('li.quote').count(), total, 'one row per quote on the cards');

  // Seed 000: “… Saya harap mereka semua akan dihancurkan.” is Gladkov's.
  const row = page.locator('li.quote', { hasText: 'Saya harap mereka semua akan dihancurkan' });
  await row.waitFor();
  assert.equal((await row.locator('.chip').innerText()).trim(), 'Vyacheslav Gladkov');

  await row.locator('.chip').click();
  await page.waitForFunction(() => location.hash.includes('speaker='));
  const speakers = await page.locator('li.quote .chip').allInnerTexts();
  assert.ok(speakers.length > 1 && speakers.every((s) => s.trim() === 'Vyacheslav Gladkov'), speakers.join(', '));
  await page.locator('.active-filters .chip', { hasText: 'Vyacheslav Gladkov' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('li.quote').length === n, total);

  await page.getByLabel('Group by speaker').check();
  await page.locator('.quote-group h3').first().waitFor();
  const groups = await page.locator('.quote-group').count();
  assert.ok(groups > 1 && groups < total, `${groups} groups for ${total} quotes`);
  await page.screenshot({ path: join(ARTIFACTS, 'quotes-grouped.png'), fullPage: true });

  // The article link opens the reader, where the quote is marked.
  await page.locator('li.quote button.link').first().click();
  await page.getByRole('dialog').waitFor();
  assert.ok((await page.locator('.reader .q').count()) > 0, 'quotes are marked in the reader');
  assert.deepEqual(problems, []);
  await context.close();
});

test('removing an article and clearing all persist across reloads', async () => {
  const { page, problems, context } = await withSamples();
  page.on('dialog', (dialog) => dialog.accept());
  // Loaded files reach IndexedDB asynchronously; a reload restores them.
  await page.reload();
  await page.locator('.card').nth(4).waitFor();
  await page.waitForFunction(() => !document.querySelector('.status progress'));

  const title = (await page.locator('.card .title').first().innerText()).trim();
  await page.locator('.card .title button').first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove article' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.card').length === 4);
  await page.waitForTimeout(300);
  await page.reload();
  await page.locator('.card').nth(3).waitFor();
  await page.waitForFunction(() => !document.querySelector('.status progress'));
  assert.equal(await page.locator('.card').count(), 4);
  assert.ok(!(await page.locator('.card .title').allInnerTexts()).some((t) => t.trim() === title), 'the removed article stays removed');

  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.card').length === 0);
  await page.waitForTimeout(300);
  await page.reload();
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.card').count(), 0, 'nothing comes back after Clear all');
  assert.deepEqual(problems, []);
  await context.close();
});
