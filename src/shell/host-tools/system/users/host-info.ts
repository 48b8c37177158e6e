import { KERNEL } from '../../../../sim/host-identity.js';
import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { getopt } from '../../../text-tools/getopt.js';
import { bbUsage } from '../busybox-usage.js';
import { notSimulated } from '../common.js';

// hostname, uname and clear: a container shares the host's kernel but has its own UTS name.

function nodename(ctx: ProgramContext): string {
  return ctx.container ? ctx.container.config.hostname : ctx.host.hostname;
}

/** The machine's IPv4 addresses (not loopback), interface by interface, as `hostname -I` lists them. */
function addresses(ctx: ProgramContext): string[] {
  return ctx.host.kernel.net.list(ctx.netns).flatMap((d) => d.addresses.filter((a) => a.scope === 'global').map((a) => a.ip));
}

export function hostname(args: readonly string[], ctx: ProgramContext): CommandResult {
  const busybox = ctx.flavor === 'busybox';
  const parsed = getopt('hostname', args, busybox ? { short: 'sidfF:' } : {
    short: 'sidfIaAbyFV',
    long: [{ name: 'short', key: 's', arg: 'none' }, { name: 'ip-address', key: 'i', arg: 'none' }, { name: 'all-ip-addresses', key: 'I', arg: 'none' }, { name: 'fqdn', key: 'f', arg: 'none' }, { name: 'long', key: 'f', arg: 'none' }, { name: 'domain', key: 'd', arg: 'none' }],
  }, ctx.flavor);
  if (!parsed.ok) {
    return busybox ? { stdout: '', stderr: `${parsed.message}\n${bbUsage('hostname')}`, exitCode: 1 } : { stdout: '', stderr: `${parsed.message}\nUsage: hostname [-b] {hostname|-F file}         set host name (from file)\n`, exitCode: 1 };
  }
  if (parsed.operands.length > 0) {
    if (ctx.cred.uid !== 0) return { stdout: '', stderr: busybox ? "hostname: sethostname: Operation not permitted\n" : 'hostname: you must be root to change the host name\n', exitCode: 1 };
    return notSimulated(`hostname ${parsed.operands.join(' ')}`);
  }
  const name = nodename(ctx);
  const opt = parsed.options[parsed.options.length - 1]?.key;
  if (opt === undefined || opt === 's' || opt === 'f') return { stdout: `${name}\n`, stderr: '', exitCode: 0 };
  if (opt === 'd') return { stdout: busybox ? '' : '\n', stderr: '', exitCode: 0 };
  if (opt === 'I') return { stdout: `${addresses(ctx).map((a) => `${a} `).join('')}\n`, stderr: '', exitCode: 0 };
  if (opt === 'i') {
    // Resolved through /etc/hosts: Ubuntu maps its name to 127.0.1.1, Docker maps a container's to its address.
    const hosts = ctx.fs.read('/etc/hosts');
    const line = hosts.ok ? hosts.content.split('\n').find((l) => l.split(/\s+/).slice(1).includes(name)) : undefined;
    const ip = line?.split(/\s+/)[0];
    if (!ip) return { stdout: '', stderr: 'hostname: Name or service not known\n', exitCode: 1 };
    return { stdout: `${ip}${busybox ? '' : ' '}\n`.replace(/ \n$/, '\n'), stderr: '', exitCode: 0 };
  }
  return notSimulated(`hostname -${opt}`);
}

export function uname(args: readonly string[], ctx: ProgramContext): CommandResult {
  const busybox = ctx.flavor === 'busybox';
  const parsed = getopt('uname', args, busybox ? { short: 'amnrspvio' } : {
    short: 'asnrvmpio',
    long: [
      { name: 'all', key: 'a', arg: 'none' }, { name: 'kernel-name', key: 's', arg: 'none' }, { name: 'nodename', key: 'n', arg: 'none' },
      { name: 'kernel-release', key: 'r', arg: 'none' }, { name: 'kernel-version', key: 'v', arg: 'none' }, { name: 'machine', key: 'm', arg: 'none' },
      { name: 'processor', key: 'p', arg: 'none' }, { name: 'hardware-platform', key: 'i', arg: 'none' }, { name: 'operating-system', key: 'o', arg: 'none' },
    ],
  }, ctx.flavor);
  if (!parsed.ok) return busybox ? { stdout: '', stderr: `${parsed.message}\n${bbUsage('uname')}`, exitCode: 1 } : { stdout: '', stderr: `${parsed.message}\nTry 'uname --help' for more information.\n`, exitCode: 1 };
  if (parsed.operands.length > 0) {
    return busybox ? { stdout: '', stderr: bbUsage('uname'), exitCode: 1 } : { stdout: '', stderr: `uname: extra operand '${parsed.operands[0]}'\nTry 'uname --help' for more information.\n`, exitCode: 1 };
  }
  const want = new Set(parsed.options.map((o) => o.key));
  const all = want.has('a');
  const fields: string[] = [];
  const add = (k: string, v: string) => {
    if (all || want.has(k)) fields.push(v);
  };
  if (want.size === 0) want.add('s');
  add('s', KERNEL.sysname);
  add('n', nodename(ctx));
  add('r', KERNEL.release);
  add('v', KERNEL.version);
  add('m', KERNEL.machine);
  // -a leaves out -p and -i when they are unknown; on Ubuntu (and in busybox) they are the machine.
  if (!busybox || !all) {
    add('p', KERNEL.machine);
    add('i', KERNEL.machine);
  }
  add('o', KERNEL.os);
  return { stdout: `${fields.join(' ')}\n`, stderr: '', exitCode: 0 };
}

/** clear writes the terminal's clear sequence: with TERM=xterm-256color, home, erase screen, erase scrollback. */
export function clear(args: readonly string[], ctx: ProgramContext): CommandResult {
  const term = ctx.env.get('TERM');
  if (ctx.flavor === 'busybox') return { stdout: '\x1b[H\x1b[J', stderr: '', exitCode: 0 };
  if (args.length > 0 && !args.every((a) => a === '-x')) return notSimulated(['clear', ...args].join(' '));
  if (term === undefined || term === '') return { stdout: '', stderr: 'TERM environment variable not set.\n', exitCode: 1 };
  if (term === 'dumb') return { stdout: '', stderr: '', exitCode: 1 };
  if (!/^(xterm|screen|tmux|linux|vt|rxvt)/.test(term)) return notSimulated(`clear with TERM=${term}`);
  return { stdout: args.includes('-x') ? '\x1b[H\x1b[2J' : '\x1b[H\x1b[2J\x1b[3J', stderr: '', exitCode: 0 };
}
