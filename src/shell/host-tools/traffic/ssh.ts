import { KERNEL } from '../../../sim/host-identity.js';
import type { SimHost } from '../../../sim/host.js';
import { type CommandResult, fail, ok } from '../../command-result.js';
import { loginPlace } from '../../login.js';
import type { HostPlace } from '../../place.js';
import type { ProgramContext } from '../../program.js';
import { spawnLogin } from '../../session-processes.js';
import { lookup, netPlace, tcpProbe } from './net-context.js';

/**
 * OpenSSH's client, to the lab's other machines (`ssh docker-host2`): the connection is
 * decided by the simulated network like any other (routes, iptables, sshd listening), then
 * the login is the workshop's: each account logs in by key as itself on every machine. Without a command it opens a login shell there (the prompt says where
 * you are; `exit` comes back); with one it runs it there and returns its output and status.
 * Texts are OpenSSH's (usage and errors as `ssh` prints them on this machine), the banner
 * Ubuntu 22.04's motd without its variable system-information part.
 */
const USAGE = `usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]
           [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]
           [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]
           [-i identity_file] [-J [user@]host[:port]] [-L address]
           [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]
           [-Q query_option] [-R address] [-S ctl_path] [-W host:port]
           [-w local_tun[:remote_tun]] destination [command [argument ...]]
`;

/** OpenSSH's getopt string: flags, then options that take an argument. */
const FLAGS = '46AaCfGgKkMNnqsTtVvXxYy';
const WITH_ARGUMENT = 'BbcDEeFIiJLlmOopQRSWw';
/** Options that change nothing the simulator shows (-o StrictHostKeyChecking=no, -i KEY, -t, -q…). */
const HARMLESS = new Set(['4', 'q', 't', 'T', 'o', 'i', 'C', 'v', 'A', 'F', 'E']);

const banner = (): string =>
  `Welcome to Ubuntu 22.04.4 LTS (GNU/Linux ${KERNEL.release} x86_64)\n\n` +
  ' * Documentation:  https://help.ubuntu.com\n * Management:     https://landscape.canonical.com\n * Support:        https://ubuntu.com/pro\n';

interface SshArgs {
  readonly user?: string;
  readonly port: number;
  readonly destination: string;
  readonly command: readonly string[];
}

function parse(args: readonly string[]): SshArgs | CommandResult {
  let user: string | undefined;
  let port = 22;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let j = 1; j < a.length; j++) {
      const f = a[j] as string;
      if (FLAGS.includes(f)) {
        if (!HARMLESS.has(f)) return notSimulated(`-${f}`);
        continue;
      }
      if (!WITH_ARGUMENT.includes(f)) return fail(`unknown option -- ${f}\n${USAGE}`, 255);
      const value = a.slice(j + 1) || args[++i];
      if (value === undefined) return fail(`option requires an argument -- ${f}\n${USAGE}`, 255);
      if (f === 'l') user = value;
      else if (f === 'p') {
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) return fail(`Bad port '${value}'\n`, 255);
        port = Number(value);
      } else if (!HARMLESS.has(f)) return notSimulated(`-${f}`);
      break;
    }
  }
  const target = args[i];
  if (target === undefined) return fail(USAGE, 255);
  const at = target.lastIndexOf('@');
  const destination = at >= 0 ? target.slice(at + 1) : target;
  const given = at >= 0 ? target.slice(0, at) : user;
  return { ...(given !== undefined ? { user: given } : {}), port, destination, command: args.slice(i + 1) };
}

const notSimulated = (what: string): CommandResult => fail(`dockerlings: 'ssh ${what}' is not simulated yet — try it with --backend docker\n`, 1);

/** The machine at the other end, or OpenSSH's words for why there is none. */
function connect(ctx: ProgramContext, a: SshArgs): SimHost | CommandResult {
  const place = netPlace(ctx);
  const name = lookup(place, a.destination);
  if (name.kind !== 'ip') return fail(`ssh: Could not resolve hostname ${a.destination}: Name or service not known\n`, 255);
  const r = tcpProbe(place, name.ip, a.port);
  const cannot = (why: string): CommandResult => fail(`ssh: connect to host ${a.destination} port ${a.port}: ${why}\n`, 255);
  switch (r.kind) {
    case 'open':
      if (r.service.listener.program !== 'sshd') return fail(`kex_exchange_identification: Connection closed by remote host\nConnection closed by ${name.ip} port ${a.port}\n`, 255);
      return r.host;
    case 'refused':
    case 'reset':
      return cannot('Connection refused');
    case 'no-route':
      return cannot('Network is unreachable');
    case 'host-unreachable':
    case 'rejected':
      return cannot('No route to host');
    case 'silent':
    default:
      return cannot('Connection timed out');
  }
}

export function ssh(args: readonly string[], ctx: ProgramContext): CommandResult {
  const a = parse(args);
  if (!('destination' in a)) return a;
  const from = ctx.place;
  if (from.kind !== 'host') return notSimulated('(from a container)');
  const there = connect(ctx, a);
  if (!('kernel' in there)) return there;
  const user = a.user ?? from.user;
  // The workshop put each account's public key in the same account's authorized_keys on every
  // machine of the lab (learner's and root's), and nothing else: another account refuses the key.
  if (user !== from.user || !there.kernel.users.user(user)) {
    return fail(`${user}@${a.destination}: Permission denied (publickey).\n`, 255);
  }
  const login = loginPlace(there, user);
  const remote: HostPlace = { ...login, node: there, login: true, sshTo: a.destination };
  if (a.command.length > 0) {
    // A command without a terminal: run by the user's shell there, no banner, its status is ssh's.
    if (!ctx.inPlace) return notSimulated(a.command.join(' '));
    return ctx.inPlace(remote).runLine(a.command.join(' '), ctx.stdin);
  }
  if (!ctx.enter) return notSimulated('(an interactive login here)');
  const { shell } = spawnLogin(there, user);
  ctx.enter({ ...remote, pid: shell });
  return ok(banner());
}
