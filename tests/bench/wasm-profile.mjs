// Where does the #bench page spend its time inside wasm? Runs the #bench page (see
// ui-bench.mjs) under the Chromium CPU profiler and prints the functions with the most self and
// total time, by name. Not a test. It needs a build that keeps the wasm name section, which the
// shipped release build strips (wasm-opt drops names without -g): build one with a copy of
// index.html whose `rel="rust"` links carry `data-wasm-opt-params="-g" data-keep-debug`, e.g.
//
//   sed 's/data-wasm-opt="z" \/>/data-wasm-opt="z" data-wasm-opt-params="-g" data-keep-debug \/>/' \
//     index.html > index-prof.html
//   trunk build --release --public-url /kliping/ --dist /tmp/dist-prof index-prof.html
//   KLIPING_DIST=/tmp/dist-prof node tests/bench/wasm-profile.mjs [corpus] [--top N] [--out x.cpuprofile]
//
// The profile covers the whole #bench run (parse, analyze, entities alone, canonicalize,
// index, search); `--under NAME` restricts the totals to samples under a function whose name
// contains NAME (e.g. `--under pipeline::analyze`).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage } from '../e2e/harness.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : dflt;
};
const top = Number(opt('--top', 40));
const outFile = opt('--out', null);
const under = opt('--under', null);
const corpusPath = args[0] ?? join(ROOT, 'data/indosum/indosum-dev.ndjson');
const corpus = await readFile(corpusPath);

const served = await serveDist();
const browser = await launch();
try {
  const { page, context } = await openPage(browser, served.origin);
  await page.goto(served.url + '#bench');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  // 100 µs between samples: fine enough for functions of a few ms in total.
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.locator('#bench-file').setInputFiles([{ name: 'corpus.ndjson', mimeType: 'application/x-ndjson', buffer: corpus }]);
  await page.waitForFunction(() => window.__klipingBench, null, { timeout: 600_000, polling: 200 });
  const { profile } = await cdp.send('Profiler.stop');
  const bench = await page.evaluate(() => window.__klipingBench);
  await context.close();
  if (outFile) await writeFile(outFile, JSON.stringify(profile));

  // Sample counts per node, then self and total (inclusive, counted once per sample even
  // under recursion) per function name.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hits = new Map();
  for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
  const self = new Map();
  const total = new Map();
  let all = 0;
  for (const [id, count] of hits) {
    const names = [];
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) names.push(byId.get(cur).callFrame.functionName || '(anonymous)');
    if (under && !names.some((n) => n.includes(under))) continue;
    all += count;
    const name = names[0];
    if (name === '(idle)' || name === '(program)') continue;
    self.set(name, (self.get(name) ?? 0) + count);
    for (const n of new Set(names)) total.set(n, (total.get(n) ?? 0) + count);
  }
  const show = (m, title) => {
    console.log(`\n== ${title} (% of ${all} samples${under ? ` under ${under}` : ''})`);
    for (const [n, c] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((100 * c) / all).toFixed(2).padStart(6)}%  ${n.slice(0, 160)}`);
    }
  };
  show(self, 'self');
  show(total, 'total');
  console.log('\n' + JSON.stringify(bench));
} finally {
  await browser.close();
  served.server.close();
}
