/**
 * Start-up speed of the built program (bench/README.md has the figures).
 *
 *   npm run build && npx tsx bench/startup.ts [--runs N] [--lessons DIR]
 *
 * Whole processes, interleaved round by round so the machine's load hits every measurement
 * alike; medians over the runs, and ratios to `node -e 0` measured in the same rounds:
 *   --version, list      until the process exits (must not load Ink or marked-terminal)
 *   menu frame           until the lesson menu is on a terminal (a pseudo-terminal from script(1))
 *   lesson frame         `tutorial 1`: until the lesson screen's prompt is on the terminal
 *   menu → lesson        from Enter on the menu (read for 0.5 s) to the lesson's prompt
 * The frames are timed from spawning script(1), so they include its own start (a few ms).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(opt('--runs') ?? 11);
const lessons = opt('--lessons');
const bin = join(import.meta.dirname, '..', 'bin', 'dockerlings.js');
const lessonArgs = lessons ? ['--lessons', lessons] : [];

// A home with the first run done, so the first frame is the menu, not the language question.
const home = mkdtempSync(join(tmpdir(), 'dl-bench-'));
writeFileSync(join(home, 'progress.json'), JSON.stringify({ version: 1, settings: { lang: 'en', backend: 'simulator' }, lessons: {} }));
const env: NodeJS.ProcessEnv = { ...process.env, DOCKERLINGS_HOME: home, NO_COLOR: '1' };
// Ink does not draw in CI mode (is-in-ci): these variables must not reach the program.
for (const k of Object.keys(env)) if (k === 'CI' || k === 'CONTINUOUS_INTEGRATION' || k.startsWith('CI_')) delete env[k];

/** Milliseconds until the process exits. */
function exitTime(cmd: string, argv: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(cmd, argv, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve(performance.now() - t0) : reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}`))));
  });
}

/** Milliseconds until `marker` appears on a pseudo-terminal of 100×30 running `line`. */
function frameTime(line: string, marker: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn('script', ['-qfec', `stty cols 100 rows 30; exec ${line}`, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => {
      p.kill('SIGKILL');
      reject(new Error(`no "${marker}" within 10 s from ${line}:\n${out}`));
    }, 10_000);
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (out.includes(marker)) {
        const t = performance.now() - t0;
        clearTimeout(timer);
        p.kill('SIGKILL');
        resolve(t);
      }
    });
  });
}

/**
 * The lesson after the menu: the menu is read for half a second (the screen's code loads
 * meanwhile), then Enter; milliseconds from Enter to the lesson's prompt.
 */
function menuToLesson(line: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const p = spawn('script', ['-qfec', `stty cols 100 rows 30; exec ${line}`, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let t0 = 0;
    const timer = setTimeout(() => {
      p.kill('SIGKILL');
      reject(new Error(`menu → lesson did not happen within 15 s:\n${out}`));
    }, 15_000);
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (t0 === 0 && out.includes('Quit')) {
        t0 = -1;
        setTimeout(() => {
          out = '';
          t0 = performance.now();
          p.stdin.write('\r');
        }, 500);
      }
      if (t0 > 0 && out.includes('@docker-host:~$')) {
        clearTimeout(timer);
        p.kill('SIGKILL');
        resolve(performance.now() - t0);
      }
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const cases: [string, () => Promise<number>][] = [
  ['node -e 0', () => exitTime(process.execPath, ['-e', '0'])],
  ['dockerlings --version', () => exitTime(process.execPath, [bin, '--version'])],
  ['dockerlings list', () => exitTime(process.execPath, [bin, 'list', ...lessonArgs])],
  ['menu frame', () => frameTime([process.execPath, bin, ...lessonArgs].map(quote).join(' '), 'Quit')],
  ['lesson frame (tutorial 1)', () => frameTime([process.execPath, bin, 'tutorial', '1', ...lessonArgs].map(quote).join(' '), '@docker-host:~$')],
  ['menu → lesson (Enter)', () => menuToLesson([process.execPath, bin, ...lessonArgs].map(quote).join(' '))],
];

const times = new Map<string, number[]>(cases.map(([n]) => [n, []]));
for (let r = 0; r < runs + 1; r++) {
  for (const [name, run] of cases) {
    const t = await run();
    if (r > 0) times.get(name)?.push(t); // round 0 warms the disk cache
  }
}
const base = median(times.get('node -e 0') as number[]);
console.log(`startup: medians of ${runs} runs (node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} at the end)`);
for (const [name] of cases) {
  const m = median(times.get(name) as number[]);
  console.log(`  ${name.padEnd(28)} ${m.toFixed(0).padStart(5)} ms${name.startsWith('menu →') ? '' : `  ${(m / base).toFixed(2)}× node -e 0`}`);
}
