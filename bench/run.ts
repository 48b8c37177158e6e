/**
 * Benchmarks of the simulator (bench/README.md has the figures and how to read them).
 *
 *   npx tsx bench/run.ts [latency|scale|lab|all]     (node --expose-gc for the memory figure)
 *
 * latency: every command line of the differential scenarios, on a fresh simulated host per
 *          scenario; median and p95 per command line.
 * scale:   1,000 containers on 100 user-defined networks; median over repeated runs of the
 *          commands a learner types there, and the heap the host takes.
 * lab:     the two-machine lab: what booting a host and then its second machine costs (time,
 *          heap), and the two-node stories' command lines on the simulator.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scriptLines } from '../src/backend/replay.js';
import { createShellSession } from '../src/shell/index.js';

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}
const ms = (x: number) => `${x.toFixed(3)} ms`;

function latency(): void {
  const dir = join(process.cwd(), 'test', 'differential', 'scenarios');
  const times: number[] = [];
  const slowest: { line: string; t: number }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sh')).sort()) {
    const session = createShellSession({ user: 'root' });
    for (const line of scriptLines(readFileSync(join(dir, file), 'utf8'))) {
      const t0 = performance.now();
      session.run(line);
      const t = performance.now() - t0;
      times.push(t);
      slowest.push({ line: `${file}: ${line}`, t });
    }
  }
  slowest.sort((a, b) => b.t - a.t);
  console.log(`latency: ${times.length} command lines from the differential scenarios`);
  console.log(`  median ${ms(median(times))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))}`);
  for (const s of slowest.slice(0, 3)) console.log(`  slowest: ${ms(s.t)}  ${s.line}`);
}

function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function scale(): void {
  const before = heapMiB();
  const session = createShellSession({ user: 'root' });
  const t0 = performance.now();
  for (let n = 0; n < 100; n++) session.run(`docker network create --subnet 10.${n}.0.0/16 net${n}`);
  for (let c = 0; c < 1000; c++) session.run(`docker run -d --name c${c} --network net${c % 100} busybox sleep 3600`);
  const build = performance.now() - t0;
  const heap = heapMiB() - before;
  const running = session.run('docker ps -q | wc -l').stdout.trim();
  console.log(`scale: ${running} running containers on 100 networks, built in ${(build / 1000).toFixed(1)} s; host heap ${heap.toFixed(1)} MiB${(globalThis as { gc?: unknown }).gc ? '' : ' (run with node --expose-gc for an exact figure)'}`);
  for (const line of ['docker ps', 'docker network inspect net7', 'docker network ls', 'ip link', 'iptables -t nat -L -n', 'ps -ef']) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      const r = session.observe(line);
      times.push(performance.now() - t);
      bytes = r.stdout.length;
    }
    console.log(`  ${line.padEnd(28)} median ${ms(median(times))}  (${bytes} bytes of output)`);
  }
}

function lab(): void {
  const boots: number[] = [];
  const seconds: number[] = [];
  // 20 labs kept alive, so that the heap they take is measured, not collected.
  const kept: ReturnType<typeof createShellSession>[] = [];
  const before = heapMiB();
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const session = createShellSession({ user: 'root' });
    session.run('true');
    boots.push(performance.now() - t0);
    kept.push(session);
  }
  const one = (heapMiB() - before) / kept.length;
  for (const session of kept) {
    const t1 = performance.now();
    session.run('ssh docker-host2 true');
    seconds.push(performance.now() - t1);
  }
  const two = (heapMiB() - before) / kept.length;
  console.log(`lab: ${kept.length} fresh labs`);
  console.log(`  boot a host and run a first line  median ${ms(median(boots))}; heap ${one.toFixed(2)} MiB per lab`);
  console.log(`  boot the second machine (ssh)     median ${ms(median(seconds))}; heap ${two.toFixed(2)} MiB per lab with both`);
  const scenario = readFileSync(join(process.cwd(), 'test', 'differential', 'two-node', 'scenario.txt'), 'utf8');
  const lines = scenario.split('\n').map((l) => /^([12])\$ (.+)$/.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  const times: number[] = [];
  const first = createShellSession({ user: 'root' });
  const other = first.host.lab.host('docker-host2');
  for (const m of lines) {
    const line = (m[2] ?? '').replace(/\$\(([12])\$ ([^()]+)\)/g, (_a, n: string, c: string) => (n === '1' ? `$(${c})` : `$(ssh docker-host2 ${c})`));
    const t0 = performance.now();
    first.run(m[1] === '1' || !other ? line : `ssh docker-host2 "${line.replace(/"/g, '\\"')}"`);
    times.push(performance.now() - t0);
  }
  console.log(`  the two-node stories' ${times.length} lines on one lab: median ${ms(median(times))}, p95 ${ms(quantile(times, 0.95))}`);
}

const what = process.argv[2] ?? 'all';
if (what === 'latency' || what === 'all') latency();
if (what === 'scale' || what === 'all') scale();
if (what === 'lab' || what === 'all') lab();
