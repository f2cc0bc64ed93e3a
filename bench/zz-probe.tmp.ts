import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
const server = spawn('npx', ['vite', 'preview', '--port', '4420', '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
process.on('exit', () => server.kill());
for (let i = 0; ; i++) { try { if ((await fetch('http://127.0.0.1:4420/')).ok) break; } catch { await new Promise((r) => setTimeout(r, 200)); } }
const browser = await chromium.launch(CHROMIUM_LAUNCH);
for (let run = 0; run < 2; run++) {
const ctx = await browser.newContext({ viewport: { width: 800, height: 900 } });
const page = await ctx.newPage();
await page.addInitScript({ content: 'window.__name = (f) => f;' });
await page.addInitScript(() => {
  const t = (window as any).__t = [] as [string, number][];
  const Orig = (window as any).Worker;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) t.push(['long', Math.round(e.startTime), Math.round(e.duration)] as any); }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => { if (document.querySelector('canvas') && !t.find(x => x[0]==='canvas')) t.push(['canvas', performance.now()]); }).observe(document, { subtree: true, childList: true });
});
await page.goto('http://127.0.0.1:4420/embed.html?region=kursk&date=2024-08-20&controls=0');
await page.waitForSelector('body[data-map-ready]', { timeout: 60000 });
const out = await page.evaluate(() => new Promise<any>((r) => {
  const map = (window as any).frontlineMap.map;
  const done = () => r({ idle: performance.now(), marks: (window as any).__t, res: performance.getEntriesByType('resource').map((e: any) => [e.name.replace(/^https?:\/\/[^/]+/, ''), Math.round(e.startTime), Math.round(e.responseEnd)]) });
  if (map.loaded()) done(); else map.once('idle', done);
}));
console.log('idle', Math.round(out.idle), 'marks', JSON.stringify(out.marks));
if (run === 1) for (const r of out.res) console.log(r.join('  '));
await ctx.close();
}
await browser.close(); server.kill(); process.exit(0);
