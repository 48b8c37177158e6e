/**
 * Keystroke echo on the lesson screen (bench/README.md has the figures).
 *
 *   npx tsx bench/keystroke.tsx
 *
 * The Ink screen on an in-memory terminal (100×30, not Ink's debug mode: what a terminal gets),
 * a sandbox whose commands print 100 lines each. For 0 and for 1,000 lines of output already on
 * screen, 100 keystrokes 40 ms apart: the time from the key arriving on stdin to the frame that
 * shows it being written to stdout. Median, p95 and max.
 */
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import type { Backend } from '../src/backend/backend.js';
import { History } from '../src/ui/shell/history.js';
import { makeStyle } from '../src/ui/text/style.js';

// Ink draws nothing in CI mode; it reads the environment when it is loaded.
for (const k of Object.keys(process.env)) if (k === 'CI' || k === 'CONTINUOUS_INTEGRATION' || k.startsWith('CI_')) delete process.env[k];
const { render } = await import('ink');
const { ShellApp } = await import('../src/ui/app/shell-app.js');
const { ShellController } = await import('../src/ui/session/controller.js');

class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  columns = 100;
  rows = 30;
  writes: { t: number; data: string }[] = [];
  write = (data: string) => {
    this.writes.push({ t: performance.now(), data });
    return true;
  };
}

class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private data: string | null = null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  type(s: string) {
    this.data = s;
    this.emit('readable');
  }
}

const lines = Array.from({ length: 100 }, (_, i) => `line ${i + 1}: ${'lorem ipsum dolor sit amet '.repeat(2)}`).join('\n');
const backend: Backend = {
  kind: 'simulator',
  run: async () => ({ stdout: `${lines}\n`, stderr: '', exitCode: 0 }),
  check: async () => ({ stdout: '', stderr: '', exitCode: 1 }),
  prompt: () => 'learner@docker-host:~$',
  reset: async () => undefined,
  dispose: async () => undefined,
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] as number;

async function measure(commands: number): Promise<number[]> {
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const controller = new ShellController({ backend, lang: 'en', history: new History() });
  const app = render(<ShellApp controller={controller} history={new History()} style={makeStyle(true)} />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: stdout as unknown as NodeJS.WriteStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  for (let i = 0; i < commands; i++) await controller.submit(`flood ${i}`);
  await sleep(100);
  const latencies: number[] = [];
  for (let k = 0; k < 100; k++) {
    const before = stdout.writes.length;
    const t0 = performance.now();
    stdin.type(k % 20 === 19 ? '\u0015' : 'x'); // Ctrl+U now and then keeps the line short
    while (stdout.writes.length === before) await sleep(0);
    latencies.push((stdout.writes[before] as { t: number }).t - t0);
    await sleep(40);
  }
  app.unmount();
  return latencies;
}

const f = (x: number) => `${x.toFixed(2)} ms`;
for (const commands of [0, 10]) {
  const l = await measure(commands);
  console.log(`keystroke echo after ${String(commands * 100).padStart(5)} lines of output: median ${f(quantile(l, 0.5))}, p95 ${f(quantile(l, 0.95))}, max ${f(Math.max(...l))}`);
}
