// usage: NODE_PATH=<dir with playwright-core>/node_modules node bench/pages.js BASE ACCOUNT [ACCOUNT…] — per account, ms from navigation (or click) until the content is in the page:
// matrix usable (first columns / every column), sheet, risks tab, reach answered. Chromium, signed in as Lukas; median of 3 warm runs.
const { chromium } = require('playwright-core');
(async () => {
  const [base, ...accounts] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.setDefaultTimeout(120000);
  // In-page clock: a mutation observer notes when a selector first matches, without waiting for the test runner's polling.
  await page.addInitScript(() => {
    window.__seen = {};
    window.__watch = sels => { for (const s of sels) delete window.__seen[s]; };
    new MutationObserver(() => {
      for (const s of ['.matrix-wrap[data-ready="true"] table.matrix td', '.matrix-wrap[data-complete="true"]', 'article.sheet .sheet-answer', '.risks .findings, .risks .empty', '.reach ol.paths li, .reach .empty'])
        if (!(s in window.__seen) && document.querySelector(s)) window.__seen[s] = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(base + '/signin');
  await page.click('button.demo-person:has-text("Lukas")');
  await page.waitForURL(u => !u.pathname.startsWith('/signin'));
  const seen = s => page.evaluate(s => window.__seen[s], s);
  // (the page's CSP forbids eval, so waitForFunction cannot run; poll instead)
  const until = async s => { while ((await seen(s)) === undefined) await new Promise(r => setTimeout(r, 20)); };
  const load = async (url, sel) => { await page.goto(url); await until(sel); return Math.round(await seen(sel)); };
  const click = async (what, sel) => {
    const t = await page.evaluate(s => { delete window.__seen[s]; return performance.now(); }, sel);
    await page.click(what); await until(sel); return Math.round(await seen(sel) - t);
  };
  console.log('account\tpeople\tmatrix first\tmatrix all\tsheet\trisks tab\treach answered');
  for (const a of accounts) {
    const runs = [];
    for (let run = 0; run < 4; run++) { // the first run warms the server (JIT, caches); the median of the other three is reported
      const row = []; if (run > 0) runs.push(row);
      row.push(await load(`${base}/accounts/${a}/matrix`, '.matrix-wrap[data-ready="true"] table.matrix td'));
      if (await page.evaluate(() => !!document.querySelector('.matrix-wrap[data-complete]'))) await until('.matrix-wrap[data-complete="true"]');
      else await page.evaluate(() => { window.__seen['.matrix-wrap[data-complete="true"]'] = window.__seen['.matrix-wrap[data-ready="true"] table.matrix td']; }); // before #13: one render
      row.push(Math.round(await seen('.matrix-wrap[data-complete="true"]')));
      row.push(await load(`${base}/accounts/${a}/sheet`, 'article.sheet .sheet-answer'));
      await page.goto(`${base}/accounts/${a}`);
      await page.waitForSelector('.canvas-wrap[data-ready="true"]');
      row.push(await click('#tab-risks', '.risks .findings, .risks .empty'));
      await page.click('#tab-reach');
      await page.waitForSelector('.reach form button.primary');
      row.push(await click('.reach form button.primary', '.reach ol.paths li, .reach .empty'));
    }
    const people = await page.evaluate(() => document.querySelectorAll('#reach-to option').length - 2);
    const median = i => runs.map(r => r[i]).sort((x, y) => x - y)[1];
    console.log([a, people, ...runs[0].map((_, i) => median(i))].join('\t'));
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
