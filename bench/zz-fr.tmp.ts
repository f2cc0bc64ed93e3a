import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
import { firstRender } from './first-render';
const server = spawn('npx', ['vite', 'preview', '--port', '4420', '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
process.on('exit', () => server.kill());
for (let i = 0; ; i++) { try { if ((await fetch('http://127.0.0.1:4420/')).ok) break; } catch { await new Promise((r) => setTimeout(r, 200)); } }
const browser = await chromium.launch(CHROMIUM_LAUNCH);
console.log(JSON.stringify(await firstRender(browser, 'http://127.0.0.1:4420', Number(process.env.RUNS ?? 3))));
await browser.close(); server.kill(); process.exit(0);
