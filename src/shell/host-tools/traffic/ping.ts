import type { ProbeResult } from '../../../sim/net/reachability.js';
import type { CommandResult } from '../../command-result.js';
import type { Program } from '../../program.js';
import { type NetPlace, lookup, netPlace, pingProbe, reverseName, roundTrips } from './net-context.js';
import { type PingOptions, parsePingArgs } from './ping-options.js';

/**
 * ping, as iputils (the host, Ubuntu-like images) and busybox (busybox, alpine) print it.
 * The answer of every packet is decided by the simulated network (sim/net/reachability);
 * nothing is waited for: the whole run is printed at once, with the times a real run would
 * report. Without -c a real ping runs until Ctrl-C: the simulator sends 4 and shows the ^C.
 */
const INTERRUPT_AFTER = 4;
/** The kernel gives up on ARP after 3 probes a second apart; then "Destination Host Unreachable". */
const ARP_GIVE_UP_S = 3;

interface Run {
  readonly transmitted: number;
  /** Per packet: its RTT, an error line's text, or nothing heard. */
  readonly outcomes: readonly ({ kind: 'reply'; rtt: number; ttl: number } | { kind: 'error'; text: string } | { kind: 'none' })[];
  readonly interrupted: boolean;
  /** iputils: how many requests were outstanding at most when the errors came back. */
  readonly pipe: number;
}

function packetsSent(o: PingOptions, answered: boolean): { n: number; interrupted: boolean } {
  if (o.count !== undefined) {
    const byDeadline = o.deadline !== undefined ? Math.floor(o.deadline / o.interval) + (answered ? 0 : 1) : Infinity;
    return { n: Math.max(1, Math.min(o.count, byDeadline)), interrupted: false };
  }
  if (o.deadline !== undefined) return { n: Math.max(1, Math.floor(o.deadline / o.interval) + (answered ? 0 : 1)), interrupted: false };
  return { n: INTERRUPT_AFTER, interrupted: true };
}

function simulate(place: NetPlace, ip: string, o: PingOptions, r: ProbeResult): Run {
  const { n, interrupted } = packetsSent(o, r.kind === 'reply');
  if (r.kind === 'reply') {
    const rtts = roundTrips(place, ip, n);
    return { transmitted: n, outcomes: rtts.map((rtt) => ({ kind: 'reply', rtt, ttl: r.ttl })), interrupted, pipe: 1 };
  }
  if (r.kind === 'rejected') {
    return { transmitted: n, outcomes: Array.from({ length: n }, () => ({ kind: 'error', text: `From ${r.reporter} icmp_seq=%d Destination Port Unreachable` })), interrupted, pipe: 1 };
  }
  if (r.kind === 'host-unreachable') {
    // Packet k leaves at k·interval; its ARP fails 3 s later, if ping is still waiting by then.
    const end = interrupted ? (n - 1) * o.interval + ARP_GIVE_UP_S : o.deadline ?? (n - 1) * o.interval + o.wait;
    const outcomes = Array.from({ length: n }, (_, k) => (k * o.interval + ARP_GIVE_UP_S <= end ? { kind: 'error' as const, text: `From ${r.reporter} icmp_seq=%d Destination Host Unreachable` } : { kind: 'none' as const }));
    const errors = outcomes.filter((x) => x.kind === 'error').length;
    return { transmitted: n, outcomes, interrupted, pipe: Math.min(errors, Math.ceil(ARP_GIVE_UP_S / o.interval)) };
  }
  return { transmitted: n, outcomes: Array.from({ length: n }, () => ({ kind: 'none' })), interrupted, pipe: 1 };
}

const ms = (x: number): string => x.toFixed(3);

function stats(rtts: readonly number[]): { min: number; avg: number; max: number; mdev: number } {
  const avg = rtts.reduce((a, b) => a + b, 0) / rtts.length;
  const sq = rtts.reduce((a, b) => a + b * b, 0) / rtts.length;
  return { min: Math.min(...rtts), avg, max: Math.max(...rtts), mdev: Math.sqrt(Math.max(0, sq - avg * avg)) };
}

const INTERRUPT_NOTE = 'dockerlings: ping without -c runs until Ctrl-C; the simulator sent 4 packets and pressed Ctrl-C for you\n';

function iputils(place: NetPlace, o: PingOptions, ip: string, byName: boolean, run: Run): CommandResult {
  const out: string[] = [`PING ${o.target} (${ip}) 56(84) bytes of data.`];
  const from = byName && !o.numeric ? `${reverseName(place, ip) ?? ip} (${ip})` : ip;
  const rtts: number[] = [];
  let errors = 0;
  run.outcomes.forEach((x, i) => {
    if (x.kind === 'reply') {
      rtts.push(x.rtt);
      if (!o.quiet) out.push(`64 bytes from ${from}: icmp_seq=${i + 1} ttl=${x.ttl} time=${ms(x.rtt)} ms`);
    } else if (x.kind === 'error') {
      errors++;
      if (!o.quiet) out.push(x.text.replace('%d', String(i + 1)));
    }
  });
  if (run.interrupted) out.push('^C');
  const n = run.transmitted;
  const received = rtts.length;
  const loss = Math.round(((n - received) * 100) / n);
  const elapsed = n === 1 ? 0 : Math.round((n - 1) * o.interval * 1000 + 3 + (received > 0 ? 18 : 6));
  const errs = errors > 0 ? `+${errors} errors, ` : '';
  out.push(`${run.interrupted ? '' : '\n'}--- ${o.target} ping statistics ---`);
  out.push(`${n} packets transmitted, ${received} received, ${errs}${loss}% packet loss, time ${elapsed}ms`);
  if (received > 0) {
    const s = stats(rtts);
    out.push(`rtt min/avg/max/mdev = ${ms(s.min)}/${ms(s.avg)}/${ms(s.max)}/${ms(s.mdev)} ms`);
  } else {
    // No rtt line: iputils ends with its "pipe N" line when requests were outstanding, else a blank line.
    out.push(run.pipe > 1 ? `pipe ${run.pipe}` : '');
  }
  const failed = received === 0 || (o.deadline !== undefined && o.count !== undefined && received < o.count);
  return { stdout: `${out.join('\n')}\n`, stderr: run.interrupted ? INTERRUPT_NOTE : '', exitCode: failed ? 1 : 0 };
}

function busybox(o: PingOptions, ip: string, run: Run): CommandResult {
  const out: string[] = [`PING ${o.target} (${ip}): 56 data bytes`];
  const rtts: number[] = [];
  run.outcomes.forEach((x, i) => {
    if (x.kind !== 'reply') return; // busybox ping shows ICMP errors not at all
    rtts.push(x.rtt);
    if (!o.quiet) out.push(`64 bytes from ${ip}: seq=${i} ttl=${x.ttl} time=${ms(x.rtt)} ms`);
  });
  if (run.interrupted) out.push('^C');
  const n = run.transmitted;
  const received = rtts.length;
  out.push(`${run.interrupted ? '' : '\n'}--- ${o.target} ping statistics ---`);
  out.push(`${n} packets transmitted, ${received} packets received, ${Math.floor(((n - received) * 100) / n)}% packet loss`);
  if (received > 0) {
    const s = stats(rtts);
    out.push(`round-trip min/avg/max = ${ms(s.min)}/${ms(s.avg)}/${ms(s.max)} ms`);
  }
  const failed = received === 0 || (o.deadline !== undefined && o.count !== undefined && received < o.count);
  return { stdout: `${out.join('\n')}\n`, stderr: run.interrupted ? INTERRUPT_NOTE : '', exitCode: failed ? 1 : 0 };
}

export const ping: Program = (args, ctx) => {
  const parsed = parsePingArgs(args, ctx.flavor);
  if (!parsed.ok) return { stdout: '', stderr: parsed.stderr, exitCode: parsed.exitCode };
  const o = parsed.options;
  const place = netPlace(ctx);
  const bb = ctx.flavor === 'busybox';
  const name = lookup(place, o.target);
  if (name.kind === 'nxdomain') {
    return bb ? { stdout: '', stderr: `ping: bad address '${o.target}'\n`, exitCode: 1 } : { stdout: '', stderr: `ping: ${o.target}: Name or service not known\n`, exitCode: 2 };
  }
  const ip = name.ip;
  const r = pingProbe(place, ip);
  if (r.kind === 'no-route') {
    return bb ? { stdout: `PING ${o.target} (${ip}): 56 data bytes\n`, stderr: 'ping: sendto: Network is unreachable\n', exitCode: 1 } : { stdout: '', stderr: 'ping: connect: Network is unreachable\n', exitCode: 2 };
  }
  const run = simulate(place, ip, o, r);
  return bb ? busybox(o, ip, run) : iputils(place, o, ip, o.target !== ip, run);
};
