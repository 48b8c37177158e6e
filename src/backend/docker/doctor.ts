import { createServer } from 'node:net';
import type { CommandResult } from '../backend.js';
import { classifyEngineTrouble } from './engine-trouble.js';
import { normaliseImage, type PublishedPort } from './lesson-scan.js';
import type { ShellRun } from './tracker.js';
import { shellQuote } from './words.js';

/**
 * `dockerlings doctor`: can the lessons run on this machine's real engine? What a workshop
 * instructor runs on every machine in the room, and a learner once. It only looks: no pull,
 * no container, no network traffic beyond the engine's socket (and a bind on 127.0.0.1 when
 * `ss` is missing).
 */
export interface DoctorCheck {
  readonly id: 'cli' | 'engine' | 'socket' | 'iptables' | 'images' | 'disk' | 'ports';
  readonly ok: boolean;
  /** A failing blocking check means the real backend cannot work here. */
  readonly blocking: boolean;
  /** The line shown after ✓ or ✗. */
  readonly title: string;
  /** What to do about it (failures). */
  readonly fix?: string;
}

export interface DoctorReport {
  /** No blocking check failed. */
  readonly ok: boolean;
  readonly checks: readonly DoctorCheck[];
}

export interface DoctorInput {
  readonly sh: ShellRun;
  /** The images the lessons run, as written in them. */
  readonly images: readonly string[];
  readonly ports: readonly PublishedPort[];
  readonly user: string;
  readonly env?: NodeJS.ProcessEnv;
}

const firstLine = (r: CommandResult) => (r.stderr.trim() || r.stdout.trim()).split('\n')[0] ?? '';
const GIB = 1024 * 1024 * 1024;

function humanBytes(n: number): string {
  return n >= GIB ? `${(n / GIB).toFixed(1)} GiB` : `${Math.round(n / 1024 / 1024)} MiB`;
}

/** `df -Pk DIR` → bytes available. */
export function parseDf(out: string): number | undefined {
  const row = out.trim().split('\n')[1];
  const avail = row?.trim().split(/\s+/)[3];
  return avail && /^\d+$/.test(avail) ? Number(avail) * 1024 : undefined;
}

/** `ss -ltnH` / `ss -lunH` → the ports something listens on. */
export function parseSsPorts(out: string): Set<number> {
  const ports = new Set<number>();
  for (const line of out.split('\n')) {
    const local = line.trim().split(/\s+/)[3];
    const m = local ? /:(\d+)$/.exec(local) : null;
    if (m) ports.add(Number(m[1]));
  }
  return ports;
}

/** Can we bind 127.0.0.1:PORT right now? (Only when ss is missing; nothing leaves the machine.) */
function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen({ port, host: '127.0.0.1', exclusive: true }, () => s.close(() => resolve(true)));
  });
}

async function cliCheck(sh: ShellRun): Promise<DoctorCheck> {
  const r = await sh('docker --version');
  if (r.exitCode === 0) return { id: 'cli', ok: true, blocking: true, title: `docker CLI: ${r.stdout.trim()}` };
  return { id: 'cli', ok: false, blocking: true, title: 'docker CLI: not installed (no `docker` command)', fix: 'Install Docker: sudo apt install docker.io (Debian, Ubuntu), or see https://docs.docker.com/engine/install/' };
}

interface EngineFacts {
  readonly version: string;
  readonly rootless: boolean;
  readonly rootDir: string;
}

async function engineCheck(sh: ShellRun, host: string): Promise<{ check: DoctorCheck; facts?: EngineFacts; denied?: boolean }> {
  const r = await sh(`docker info --format '{{.ServerVersion}}|{{json .SecurityOptions}}|{{.DockerRootDir}}'`);
  const [version = '', security = '', rootDir = ''] = r.stdout.trim().split('|');
  if (r.exitCode === 0 && version !== '') {
    const rootless = security.includes('name=rootless');
    return {
      check: { id: 'engine', ok: true, blocking: true, title: `engine: Docker Engine ${version}, ${rootless ? 'rootless (docker0 and its iptables rules live in a namespace of their own: some lessons look different)' : 'rootful'}, answering at ${host}` },
      facts: { version, rootless, rootDir },
    };
  }
  const t = classifyEngineTrouble(r.exitCode === 0 ? { ...r, exitCode: 1 } : r);
  if (t?.kind === 'socket-permission') return { check: { id: 'engine', ok: false, blocking: true, title: `engine: cannot tell, this user may not open ${host} (see below)` }, denied: true };
  const fix = t ? t.fix.filter((f) => !f.startsWith('Your progress')).join(' ') : undefined;
  return { check: { id: 'engine', ok: false, blocking: true, title: `engine: not answering at ${host} (${firstLine(r) || `exit ${r.exitCode}`})`, ...(fix ? { fix } : { fix: 'Start the engine: sudo systemctl start docker' }) } };
}

async function socketCheck(sh: ShellRun, host: string, user: string, answered: boolean, denied: boolean): Promise<DoctorCheck> {
  if (!host.startsWith('unix://')) return { id: 'socket', ok: answered, blocking: true, title: `socket: ${host} is not a local socket; ${answered ? 'the engine answers through it' : 'nothing answers there'}` };
  const path = host.slice('unix://'.length);
  const st = await sh(`stat -c '%A %U %G' ${shellQuote(path)}`);
  const mode = st.exitCode === 0 ? ` (${st.stdout.trim()})` : '';
  if (answered) return { id: 'socket', ok: true, blocking: true, title: `socket: ${user} may open ${path}${mode}` };
  if (denied) {
    const group = st.stdout.trim().split(' ')[2] ?? 'docker';
    return { id: 'socket', ok: false, blocking: true, title: `socket: ${user} may not open ${path}${mode}`, fix: `sudo usermod -aG ${group} ${user}, then log out and in again (a group change needs a new login)` };
  }
  if (st.exitCode !== 0) return { id: 'socket', ok: false, blocking: true, title: `socket: ${path} does not exist (the engine is not running)`, fix: 'Start the engine: sudo systemctl start docker' };
  return { id: 'socket', ok: true, blocking: true, title: `socket: ${path}${mode} exists, but nothing answers on it` };
}

async function iptablesCheck(sh: ShellRun, rootless: boolean): Promise<DoctorCheck> {
  const r = await sh('iptables --version || /usr/sbin/iptables --version || /sbin/iptables --version');
  const v = r.stdout.trim().split('\n')[0] ?? '';
  if (r.exitCode !== 0 || v === '') return { id: 'iptables', ok: false, blocking: false, title: 'iptables: not found; the lessons that read the firewall rules cannot run', fix: 'sudo apt install iptables' };
  const backend = /\(nf_tables\)/.test(v) ? 'the nft backend (iptables-nft)' : /\(legacy\)/.test(v) ? 'the legacy backend (iptables-legacy)' : 'backend unknown';
  return { id: 'iptables', ok: true, blocking: false, title: `iptables: ${v}, ${backend}${rootless ? '; a rootless engine keeps its rules in its own namespace' : ''}` };
}

async function imageChecks(sh: ShellRun, images: readonly string[]): Promise<DoctorCheck[]> {
  if (images.length === 0) return [{ id: 'images', ok: true, blocking: false, title: 'images: the lessons run none' }];
  const script = images.map((i) => `docker image inspect --format '{{.Id}}' ${shellQuote(i)} >/dev/null 2>&1 && echo "ok ${i}" || echo "missing ${i}"`).join('; ');
  const r = await sh(script);
  const missing = new Set(r.stdout.split('\n').filter((l) => l.startsWith('missing ')).map((l) => l.slice('missing '.length)));
  const present = images.filter((i) => !missing.has(i));
  const out: DoctorCheck[] = [];
  if (present.length > 0) out.push({ id: 'images', ok: true, blocking: false, title: `images: ${present.map(normaliseImage).join(', ')} ${present.length === 1 ? 'is' : 'are'} here` });
  for (const i of images.filter((x) => missing.has(x))) {
    out.push({ id: 'images', ok: false, blocking: false, title: `image ${normaliseImage(i)}: missing, would need \`docker pull ${i}\``, fix: `docker pull ${i} (needs the internet: in a workshop, before the room fills)` });
  }
  return out;
}

async function diskCheck(sh: ShellRun, rootDir: string): Promise<DoctorCheck> {
  const r = await sh(`df -Pk ${shellQuote(rootDir)}`);
  const avail = parseDf(r.stdout);
  if (avail === undefined) return { id: 'disk', ok: false, blocking: false, title: `disk: cannot tell how much room ${rootDir} has (${firstLine(r)})` };
  if (avail >= GIB) return { id: 'disk', ok: true, blocking: false, title: `disk: ${humanBytes(avail)} free for ${rootDir}` };
  // Below ~200 MiB the engine fails to create containers; below 1 GiB an image pull may.
  return { id: 'disk', ok: false, blocking: avail < 200 * 1024 * 1024, title: `disk: only ${humanBytes(avail)} free for ${rootDir}`, fix: 'Free some room: docker system df shows what Docker keeps (remove only what is yours to remove)' };
}

async function portChecks(sh: ShellRun, ports: readonly PublishedPort[]): Promise<DoctorCheck[]> {
  if (ports.length === 0) return [{ id: 'ports', ok: true, blocking: false, title: 'ports: the lessons publish none' }];
  const tcp = await sh('ss -ltnH');
  const udp = await sh('ss -lunH');
  const busy: PublishedPort[] = [];
  for (const p of ports) {
    if (p.proto === 'sctp') continue;
    const r = p.proto === 'tcp' ? tcp : udp;
    const inUse = r.exitCode === 0 ? parseSsPorts(r.stdout).has(p.port) : p.proto === 'tcp' ? !(await bindable(p.port)) : false;
    if (inUse) busy.push(p);
  }
  const free = ports.filter((p) => !busy.includes(p));
  const out: DoctorCheck[] = [];
  if (free.length > 0) out.push({ id: 'ports', ok: true, blocking: false, title: `ports: ${free.map((p) => `${p.port}/${p.proto}`).join(', ')} look free` });
  for (const p of busy) {
    out.push({ id: 'ports', ok: false, blocking: false, title: `port ${p.port}/${p.proto}: something listens on it already; the lesson that publishes it would fail`, fix: `See what: sudo ss -l${p.proto === 'tcp' ? 't' : 'u'}np 'sport = :${p.port}', and stop it during the lesson` });
  }
  return out;
}

export async function runDoctor(o: DoctorInput): Promise<DoctorReport> {
  const { sh } = o;
  const checks: DoctorCheck[] = [await cliCheck(sh)];
  if (checks[0]?.ok) {
    const ctx = await sh(`docker context inspect --format '{{.Endpoints.docker.Host}}'`);
    const host = (o.env ?? process.env).DOCKER_HOST || ctx.stdout.trim() || 'unix:///var/run/docker.sock';
    const engine = await engineCheck(sh, host);
    checks.push(engine.check, await socketCheck(sh, host, o.user, engine.facts !== undefined, engine.denied === true));
    checks.push(await iptablesCheck(sh, engine.facts?.rootless === true));
    if (engine.facts) {
      checks.push(...(await imageChecks(sh, o.images)));
      checks.push(await diskCheck(sh, engine.facts.rootDir));
    }
  }
  checks.push(...(await portChecks(sh, o.ports)));
  return { ok: checks.every((c) => c.ok || !c.blocking), checks };
}
