/**
 * The bench's own `vite preview`, started as one process group and stopped as one: npx
 * would leave the real server running as its child after the bench ended.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export async function startPreview(port: number): Promise<{ origin: string; stop: () => Promise<void> }> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [
      join('node_modules', 'vite', 'bin', 'vite.js'),
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore', detached: true },
  );
  const kill = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM'); // the whole group: vite and anything it started
    } catch {
      // already gone
    }
  };
  process.on('exit', kill);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      kill();
      process.exit(130);
    });
  const up = async () => {
    try {
      return (await fetch(`${origin}/`)).ok;
    } catch {
      return false;
    }
  };
  for (let i = 0; !(await up()); i++) {
    if (i > 100) throw new Error('vite preview did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    // resolves once the port no longer answers
    stop: async () => {
      kill();
      for (let i = 0; (await up()) && i < 50; i++) await new Promise((r) => setTimeout(r, 100));
      if (await up()) throw new Error(`vite preview on port ${port} is still answering after the bench`);
    },
  };
}
