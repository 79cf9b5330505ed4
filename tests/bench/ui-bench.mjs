// Browser benchmark (not a test): loads a big corpus into the release build the way a user
// does, and measures what a user feels. Run after `trunk build --release --public-url /kliping/`:
//
//   node tests/bench/ui-bench.mjs [corpus.ndjson] [--articles N] [--core-only] [--cold]
//
// (default corpus: data/indosum/indosum-dev.ndjson). `--articles N` repeats the corpus's
// records, each copy marked in its text so it is a distinct article, up to N records: the
// way to check that 10,000 cards still scroll smoothly. `--core-only` skips the UI part and
// reports only the in-wasm core figures (quicker, for comparing builds: KLIPING_DIST=<dist>).
// `--cold` opens `#bench-cold`: the core figures without the warm-up the app does at model load.
//
// Reports: time until the first card appears, full ingest time, search and facet-toggle
// latency (p50/p95, from the URL change to the updated count on screen), and the in-wasm core
// figures from the #bench page. Prints one JSON object.
import { readFile } from 'node:fs/promises';
import { join, basename } from 'node:path';
import { serveDist, launch, openPage } from '../e2e/harness.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const args = process.argv.slice(2);
const scaleAt = args.indexOf('--articles');
const want = scaleAt >= 0 ? Number(args.splice(scaleAt, 2)[1]) : 0;
const coreAt = args.indexOf('--core-only');
const coreOnly = coreAt >= 0 && args.splice(coreAt, 1).length > 0;
const coldAt = args.indexOf('--cold');
const cold = coldAt >= 0 && args.splice(coldAt, 1).length > 0;
const corpusPath = args[0] ?? join(ROOT, 'data/indosum/indosum-dev.ndjson');
let corpus = await readFile(corpusPath);
if (want > 0) {
  const lines = corpus.toString('utf8').split('\n').filter((l) => l.trim());
  const out = [];
  for (let i = 0; out.length < want; i++) {
    const rec = JSON.parse(lines[i % lines.length]);
    const copy = Math.floor(i / lines.length);
    if (copy > 0) rec.text = `[salinan ${copy}] ${rec.text}`;
    out.push(JSON.stringify(rec));
  }
  corpus = Buffer.from(out.join('\n'));
}
const served = await serveDist();
const browser = await launch();
const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.round((s.length - 1) * p)]; };
const out = { corpus: basename(corpusPath) + (want ? ` ×→${want}` : ''), bytes: corpus.length };

try {
  // 1. The real UI path: pick the file, wait for the first card, then for the end of ingest.
  if (!coreOnly) {
    const { page, context } = await openPage(browser, served.origin);
    await page.goto(served.url);
    await page.getByRole('button', { name: 'Open files' }).waitFor();
    // Let the entity model arrive first, so ingest includes extraction as it does for users.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('ner.bin')));
    await page.waitForTimeout(300);
    // Long tasks (> 50 ms on the main thread) during ingest: how responsive the page stays.
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: false });
    });
    const t0 = Date.now();
    await page.locator('input[type=file]').setInputFiles([{ name: out.corpus, mimeType: 'application/x-ndjson', buffer: corpus }]);
    await page.locator('.card').first().waitFor({ timeout: 600_000 });
    out.first_card_ms = Date.now() - t0;
    await page.waitForFunction(() => !document.querySelector('.status progress'), null, { timeout: 600_000, polling: 100 });
    out.full_ingest_ms = Date.now() - t0;
    out.articles_loaded = Number((await page.locator('.count').innerText()).match(/\d+/)[0]);
    const longTasks = await page.evaluate(() => window.__longTasks);
    out.ingest_long_tasks = longTasks.length;
    out.ingest_longest_task_ms = Math.max(0, ...longTasks);
    // Scroll through the whole list and time the frames: the windowed list keeps this smooth.
    const scroll = await page.evaluate(async () => {
      const frames = [];
      let last = performance.now();
      const steps = 120;
      const height = document.documentElement.scrollHeight;
      for (let i = 1; i <= steps; i++) {
        window.scrollTo(0, (height * i) / steps);
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      return { frames, cardsInDom: document.querySelectorAll('.card').length };
    });
    out.scroll_frame_p50_ms = pct(scroll.frames, 0.5);
    out.scroll_frame_p95_ms = pct(scroll.frames, 0.95);
    out.scroll_cards_in_dom = scroll.cardsInDom;
    await page.evaluate(() => window.scrollTo(0, 0));

    const timeHash = (hash) => page.evaluate(async (hash) => {
      const count = () => document.querySelector('.count')?.textContent;
      const before = count();
      const t0 = performance.now();
      location.hash = hash;
      await new Promise((resolve) => {
        const started = performance.now();
        const check = () => (count() !== before || performance.now() - started > 5000 ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    }, hash);

    const queries = ['jakarta', 'presiden', 'jokowi', 'banjir', 'polisi', 'gub', 'kpk', 'dpr', 'pemilu', 'harga',
      'korupsi', 'timnas', 'ekonomi', 'teror', 'pilkada', 'bandung', 'surabaya', 'gempa', 'trump', 'menteri keuangan'];
    const search = [];
    for (const q of queries) {
      search.push(await timeHash(`q=${encodeURIComponent(q)}`));
      await timeHash('');
    }
    out.search_ui_p50_ms = pct(search, 0.5);
    out.search_ui_p95_ms = pct(search, 0.95);

    const names = await page.locator('.facet.person li .name, .facet.place li .name, .facet.org li .name').allInnerTexts();
    const kinds = await page.locator('.facet.person li, .facet.place li, .facet.org li').evaluateAll((lis) => lis.map((li) => li.closest('.facet').classList[1]));
    const facet = [];
    for (let i = 0; i < names.length; i++) {
      facet.push(await timeHash(`e=${kinds[i]}:${encodeURIComponent(names[i])}`));
      await timeHash('');
    }
    out.facet_ui_p50_ms = pct(facet, 0.5);
    out.facet_ui_p95_ms = pct(facet, 0.95);
    await context.close();
  }
  // 2. The in-wasm core figures.
  {
    const { page, context } = await openPage(browser, served.origin);
    await page.goto(served.url + (cold ? '#bench-cold' : '#bench'));
    await page.locator('#bench-file').setInputFiles([{ name: out.corpus, mimeType: 'application/x-ndjson', buffer: corpus }]);
    await page.waitForFunction(() => window.__klipingBench, null, { timeout: 600_000, polling: 200 });
    out.wasm = await page.evaluate(() => window.__klipingBench);
    await context.close();
  }
  console.log(JSON.stringify(out, null, 2));
} finally {
  await browser.close();
  served.server.close();
}
