import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
import { barePage } from './first-render';
import { join } from 'node:path';
const server = spawn('npx', ['vite', 'preview', '--port', '4420', '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
process.on('exit', () => server.kill());
for (let i = 0; ; i++) { try { if ((await fetch('http://127.0.0.1:4420/')).ok) break; } catch { await new Promise((r) => setTimeout(r, 200)); } }
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const ctx = await browser.newContext({ viewport: { width: 800, height: 900 } });
const page = await ctx.newPage();
await page.addInitScript({ content: 'window.__name = (f) => f;' });
await page.addInitScript(() => {
  const w = window as any; w.__progs = [];
  for (const C of [WebGL2RenderingContext, WebGLRenderingContext]) {
    const link = C.prototype.linkProgram; const gp = C.prototype.getProgramParameter; const ss = C.prototype.shaderSource;
    C.prototype.shaderSource = function (s: any, src: string) { (s as any).__src = src; return ss.call(this, s, src); };
    C.prototype.getProgramParameter = function (p: any, n: number) { const t = performance.now(); const r = gp.call(this, p, n); w.__progs.push(Math.round(performance.now() - t)); return r; };
  }
});
if (process.env.BARE) {
  await ctx.route('http://127.0.0.1:4420/bench-bare.html', (route) => route.fulfill({ contentType: 'text/html', body: barePage('http://127.0.0.1:4420').replace("map.once('load'", "window.bareMap = map; map.once('load'") }));
  await ctx.route('http://127.0.0.1:4420/bench-maplibre/**', (route) => route.fulfill({ path: join('node_modules/maplibre-gl/dist', new URL(route.request().url()).pathname.slice('/bench-maplibre/'.length)) }));
  await page.goto('http://127.0.0.1:4420/bench-bare.html');
  await page.waitForFunction(() => (window as any).drawnAt, null, { timeout: 60000 });
} else {
await page.goto('http://127.0.0.1:4420/embed.html?region=kursk&date=2024-08-20&controls=0');
await page.waitForSelector('body[data-map-ready]', { timeout: 60000 });
}
const r = await page.evaluate(() => new Promise<any>((res) => { const map = (window as any).bareMap ?? (window as any).frontlineMap.map; const f = () => res({ progs: (window as any).__progs, layers: map.getStyle().layers.map((l: any) => l.id + ':' + l.type) }); if (map.loaded()) f(); else map.once('idle', f); }));
console.log(r.progs.length, 'programs, ms each:', r.progs.join(','), 'sum', r.progs.reduce((a: number, b: number) => a + b, 0));
console.log(r.layers.join(' '));
await browser.close(); server.kill(); process.exit(0);
