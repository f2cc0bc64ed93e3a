import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
const server = spawn('npx', ['vite', 'preview', '--port', '4420', '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
process.on('exit', () => server.kill());
for (let i = 0; ; i++) { try { if ((await fetch('http://127.0.0.1:4420/')).ok) break; } catch { await new Promise((r) => setTimeout(r, 200)); } }
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const ctx = await browser.newContext({ viewport: { width: 800, height: 900 } });
const page = await ctx.newPage();
await page.addInitScript({ content: 'window.__name = (f) => f;' });
await browser.startTracing(page, { path: '/tmp/scale/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'gpu', 'toplevel'] });
await page.goto('http://127.0.0.1:4420/embed.html?region=kursk&date=2024-08-20&controls=0');
await page.waitForSelector('body[data-map-ready]', { timeout: 60000 });
await page.evaluate(() => new Promise<void>((r) => { const map = (window as any).frontlineMap.map; if (map.loaded()) r(); else map.once('idle', () => r()); }));
await browser.stopTracing();
await browser.close(); server.kill();
const trace = JSON.parse(readFileSync('/tmp/scale/trace.json', 'utf8'));
const events = trace.traceEvents ?? trace;
const threads = new Map<string, string>();
for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
// self time by event name and url per thread (complete events only, top-level-ish)
const agg = new Map<string, number>();
for (const e of events) {
  if (e.ph !== 'X' || !e.dur) continue;
  const th = threads.get(`${e.pid}:${e.tid}`) ?? '?';
  if (!/CrRendererMain|DedicatedWorker|Compositor|GPU|Viz/i.test(th)) continue;
  const d = e.args?.data ?? {};
  const what = e.name === 'FunctionCall' ? `FunctionCall ${d.functionName ?? ''} ${(d.url ?? '').split('/').pop()}:${d.lineNumber ?? ''}` : e.name;
  const key = `${th} | ${what}`;
  agg.set(key, (agg.get(key) ?? 0) + e.dur / 1000);
}
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(0).padStart(6), k);
process.exit(0);
