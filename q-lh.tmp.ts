import { serveCompressed } from './scripts/serve-compressed.ts';
import run from 'lighthouse';
import { launch } from 'chrome-launcher';
const server = await serveCompressed('/tmp/q-dist');
const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
for (const u of process.argv.slice(2)) {
  const r = await run(server.url + u.slice(1), { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
  const lhr = r!.lhr;
  console.log(u, lhr.categories.performance!.score);
  for (const a of Object.values(lhr.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative') console.log(' ', a.id, a.score, a.displayValue ?? '');
  for (const id of ['first-contentful-paint','largest-contentful-paint','cumulative-layout-shift','total-blocking-time','speed-index']) console.log('  ', id, lhr.audits[id]!.numericValue, lhr.audits[id]!.score);
  const nr = (lhr.audits['network-requests']!.details as any).items; for (const i of nr) console.log('   NR', i.url.replace(server.url,'/'), i.resourceType, i.priority, Math.round(i.networkRequestTime), Math.round(i.networkEndTime), i.transferSize);
  const ls = lhr.audits['layout-shifts']?.details as any; if (ls?.items) console.log(JSON.stringify(ls.items.slice(0,3)).slice(0,1500));

}
await chrome.kill(); await server.close();
