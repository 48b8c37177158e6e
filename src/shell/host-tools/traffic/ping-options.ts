import type { Flavor } from '../../tool-io.js';

/** The options of iputils ping and busybox ping that the simulator understands. */
export interface PingOptions {
  readonly target: string;
  /** -c: how many echo requests; undefined means "until interrupted". */
  readonly count?: number;
  /** -i: seconds between requests. */
  readonly interval: number;
  /** -W: seconds to wait for the last reply. */
  readonly wait: number;
  /** -w: a deadline for the whole run, in seconds. */
  readonly deadline?: number;
  readonly quiet: boolean;
  /** -n: no reverse lookups (iputils). */
  readonly numeric: boolean;
}

export type PingArgs = { readonly ok: true; readonly options: PingOptions } | { readonly ok: false; readonly stderr: string; readonly exitCode: number };

// busybox ping --help (Debian's busybox-static 1.35.0), printed on stderr for a usage error.
const BUSYBOX_USAGE = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n\nSend ICMP ECHO_REQUESTs to HOST\n\n\t-4,-6\t\tForce IP or IPv6 name resolution\n\t-c CNT\t\tSend only CNT pings\n\t-s SIZE\t\tSend SIZE data bytes in packets (default 56)\n\t-i SECS\t\tInterval\n\t-A\t\tPing as soon as reply is received\n\t-t TTL\t\tSet TTL\n\t-I IFACE/IP\tSource interface or IP address\n\t-W SEC\t\tSeconds to wait for the first response (default 10)\n\t\t\t(after all -c CNT packets are sent)\n\t-w SEC\t\tSeconds until ping exits (default:infinite)\n\t\t\t(can exit earlier with -c CNT)\n\t-q\t\tQuiet, only display output at start/finish\n\t-p HEXBYTE\tPayload pattern\n';

const notSimulated = (opt: string): PingArgs => ({ ok: false, stderr: `dockerlings: 'ping ${opt}' is not simulated yet — try it with --backend docker\n`, exitCode: 1 });

/** getopt-style: clustered flags (-qc2), glued or separate values (-c2, -c 2). */
export function parsePingArgs(args: readonly string[], flavor: Flavor): PingArgs {
  const withValue = new Set(['c', 'i', 'W', 'w', 's', 't']);
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j] ?? '';
      if (withValue.has(f)) {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return usageError(f, flavor);
        values.set(f, v);
        break;
      }
      if (f === 'q' || f === 'n' || f === '4') flags.add(f);
      else return notSimulated(a);
    }
  }
  for (const f of ['s', 't']) if (values.has(f)) return notSimulated(`-${f}`);
  const target = operands[0];
  if (target === undefined) {
    return flavor === 'busybox'
      ? { ok: false, stderr: BUSYBOX_USAGE, exitCode: 1 }
      : { ok: false, stderr: 'ping: usage error: Destination address required\n', exitCode: 1 };
  }
  const num = (k: string): number | undefined => (values.has(k) ? Number(values.get(k)) : undefined);
  const count = num('c');
  const deadline = num('w');
  return {
    ok: true,
    options: {
      target,
      ...(count !== undefined && count > 0 ? { count } : {}),
      interval: num('i') ?? 1,
      wait: num('W') ?? 10,
      ...(deadline !== undefined ? { deadline } : {}),
      quiet: flags.has('q'),
      numeric: flags.has('n'),
    },
  };
}

function usageError(f: string, flavor: Flavor): PingArgs {
  // iputils follows this line with its long usage text, which the simulator does not carry.
  return flavor === 'busybox' ? { ok: false, stderr: `ping: option requires an argument -- '${f}'\n${BUSYBOX_USAGE}`, exitCode: 1 } : notSimulated(`-${f}`);
}
