import type { CommandResult } from '../../../command-result.js';
import { loginPlace } from '../../../login.js';
import type { HostPlace } from '../../../place.js';
import type { ProgramContext } from '../../../program.js';
import { notSimulated } from '../common.js';
import { SESSION_TTY } from '../../../session-processes.js';

// sudo, su and newgrp on the Ubuntu host. Each either runs one command as another user or
// enters a new shell; the new shell's groups come from /etc/group *now* (a new login), which
// is why they are the way out of "usermod -aG docker … but docker still says permission denied".

/** sudo's usage (sudo 1.9.13's text; Ubuntu 22.04's 1.9.9 words it the same way). */
const SUDO_USAGE = `usage: sudo -h | -K | -k | -V
usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]
usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user] [-u user]
            [command [arg ...]]
usage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory] [-g
            group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user]
            [VAR=value] [-i | -s] [command [arg ...]]
usage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory] [-g group]
            [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...
`;

/** Shell builtins are no programs: `sudo cd /root` finds no `cd`. */
const NOT_PROGRAMS = new Set(['cd', 'exit', 'logout', 'export', 'unset', 'history', 'source', '.', 'alias', 'umask']);

/** Ubuntu's sudoers secure_path. */
const SECURE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/snap/bin';

function spawnShell(ctx: ProgramContext, user: string, login: boolean, ppid?: number): number {
  return ctx.host.kernel.procs.spawn({ ppid: ppid ?? ctx.pid ?? 1, user, argv: [login ? '-bash' : 'bash'], tty: SESSION_TTY, started: ctx.host.clock.now() }).pid;
}

/** A place for `target` that keeps the caller's directory and environment (sudo CMD, sudo -s, su, newgrp). */
function sameDirPlace(ctx: ProgramContext, from: HostPlace, target: string, env: ReadonlyMap<string, string>, pid?: number): HostPlace {
  const login = loginPlace(ctx.host, target);
  const e = new Map(env);
  return { ...login, login: false, cwd: from.cwd, env: e, vars: new Map(e), ...(pid !== undefined ? { pid } : {}) };
}

/** What happened when a command ran through another place: `bash: x: command not found` becomes sudo's own words. */
function asCommand(r: CommandResult, name: string, prefix: string): CommandResult {
  if (r.exitCode === 127 && r.stderr === `bash: ${name}: command not found\n`) return { stdout: r.stdout, stderr: `${prefix}: ${name}: command not found\n`, exitCode: 1 };
  return r;
}

/**
 * sudo: the learner is an admin with `NOPASSWD:ALL` (Ubuntu's cloud images write that rule to
 * /etc/sudoers.d/90-cloud-init-users), so no password is asked — the simulator could not read one anyway.
 */
export function sudo(args: readonly string[], ctx: ProgramContext): CommandResult {
  const from = ctx.place;
  if (from.kind !== 'host' || !ctx.inPlace) return notSimulated('sudo', 127);
  let target = 'root';
  let mode: 'command' | 'login' | 'shell' = 'command';
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    if (a === '-h' || a === '--help') return { stdout: SUDO_USAGE, stderr: '', exitCode: 0 };
    if (a === '-V' || a === '--version') return notSimulated('sudo -V');
    if (a === '-u' || a === '--user') {
      const v = args[++i];
      if (v === undefined) return { stdout: '', stderr: `sudo: option requires an argument -- 'u'\n${SUDO_USAGE}`, exitCode: 1 };
      target = v;
    } else if (/^-u./.test(a)) target = a.slice(2);
    else if (a.startsWith('--user=')) target = a.slice(7);
    else if (a === '-i' || a === '--login') mode = 'login';
    else if (a === '-s' || a === '--shell') mode = 'shell';
    else if (['-k', '-K', '-v'].includes(a) && args.length === 1) return { stdout: '', stderr: '', exitCode: 0 };
    else if (['-k', '-n', '-E', '-H', '-S'].includes(a)) continue;
    else if (/^-[a-zA-Z]/.test(a) && a.length === 2 && 'ABbCDeghlLpPrRtTU'.includes(a[1] as string)) return notSimulated(`sudo ${a}`);
    else return { stdout: '', stderr: `sudo: ${a.startsWith('--') ? `unrecognized option '${a}'` : `invalid option -- '${a[1]}'`}\n${SUDO_USAGE}`, exitCode: 1 };
  }
  const command = args.slice(i);
  if (command.length === 0 && mode === 'command') return { stdout: '', stderr: SUDO_USAGE, exitCode: 1 };
  if (command.some((w, n) => n === 0 && /^[A-Za-z_]\w*=/.test(w))) return notSimulated('sudo VAR=value');
  const account = ctx.host.kernel.users.user(target);
  if (!account) return { stdout: '', stderr: `sudo: unknown user ${target}\nsudo: error initializing audit plugin sudoers_audit\n`, exitCode: 1 };
  // env_reset: a fresh environment for the target, with TERM and the locale kept and SUDO_* added.
  const env = new Map<string, string>([
    ['HOME', account.home], ['LOGNAME', target], ['USER', target], ['SHELL', account.shell], ['PATH', SECURE_PATH],
    ['LANG', from.env.get('LANG') ?? 'C.UTF-8'], ['TERM', from.env.get('TERM') ?? 'xterm-256color'],
    ['SUDO_USER', from.user], ['SUDO_UID', String(from.uid)], ['SUDO_GID', String(from.gids[0] ?? from.uid)], ['SUDO_COMMAND', command.join(' ') || '/bin/bash'],
  ]);
  if (mode === 'command') {
    const name = command[0] as string;
    const place = sameDirPlace(ctx, from, target, env, ctx.pid);
    if (NOT_PROGRAMS.has(name)) return { stdout: '', stderr: `sudo: ${name}: command not found\n`, exitCode: 1 };
    return asCommand(ctx.inPlace(place).exec(command, ctx.stdin), name, 'sudo');
  }
  const login = mode === 'login';
  const base = login ? loginPlace(ctx.host, target) : sameDirPlace(ctx, from, target, env);
  if (command.length > 0) {
    const place = { ...base, pid: ctx.pid ?? 1 };
    return ctx.inPlace(place).runLine(command.join(' '), ctx.stdin);
  }
  ctx.enter({ ...base, pid: spawnShell(ctx, target, login) });
  return { stdout: '', stderr: '', exitCode: 0 };
}

/** util-linux su. Root's password is locked on Ubuntu; a user knows their own (typed at the prompt). */
export function su(args: readonly string[], ctx: ProgramContext): CommandResult {
  const from = ctx.place;
  if (from.kind !== 'host' || !ctx.inPlace) return notSimulated('su', 127);
  let login = false;
  let preserve = false;
  let command: string | undefined;
  const rest: string[] = [];
  // getopt permutes: options may follow the user name (`su nobody -c id`).
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (a === '-' || a === '-l' || a === '--login') login = true;
    else if (a === '-m' || a === '-p' || a === '--preserve-environment') preserve = true;
    else if (a === '-c' || a === '--command') {
      command = args[++i];
      if (command === undefined) return { stdout: '', stderr: "su: option requires an argument -- 'c'\nTry 'su --help' for more information.\n", exitCode: 1 };
    } else if (a.startsWith('--command=')) command = a.slice(10);
    else if (a === '-s' || a === '-g' || a === '-G' || a === '-P' || a === '-w' || a.startsWith('--')) return notSimulated(`su ${a}`);
    else if (a.startsWith('-')) return { stdout: '', stderr: `su: invalid option -- '${a[1]}'\nTry 'su --help' for more information.\n`, exitCode: 1 };
    else rest.push(a);
  }
  const target = rest[0] ?? 'root';
  if (rest.length > 1) return notSimulated('su USER ARGS…');
  const account = ctx.host.kernel.users.user(target);
  if (!account) return { stdout: '', stderr: `su: user ${target} does not exist or the user entry does not contain all the required fields\n`, exitCode: 1 };
  let stderr = '';
  if (from.uid !== 0) {
    // PAM asks for the target's password; the terminal shows the prompt, then a new line.
    stderr = 'Password: \n';
    if (target !== from.user) return { stdout: '', stderr: `${stderr}su: Authentication failure\n`, exitCode: 1 };
  }
  // nologin says it on its stdout; /bin/false says nothing.
  if (/nologin$/.test(account.shell)) return { stdout: 'This account is currently not available.\n', stderr, exitCode: 1 };
  if (/\/false$/.test(account.shell)) return { stdout: '', stderr, exitCode: 1 };
  let env: Map<string, string>;
  if (preserve) env = new Map(from.env);
  else {
    env = new Map(from.env);
    env.set('HOME', account.home);
    env.set('SHELL', account.shell);
    if (account.uid !== 0) {
      env.set('USER', target);
      env.set('LOGNAME', target);
    }
  }
  const base = login ? loginPlace(ctx.host, target) : sameDirPlace(ctx, from, target, env);
  if (command !== undefined) {
    const r = ctx.inPlace({ ...base, pid: ctx.pid ?? 1 }).runLine(command, ctx.stdin);
    return { ...r, stderr: stderr + r.stderr };
  }
  ctx.enter({ ...base, pid: spawnShell(ctx, target, login) });
  return { stdout: '', stderr, exitCode: 0 };
}

/**
 * shadow's newgrp: a new shell whose group is GROUP, for a member (as /etc/group says now) or
 * root; its other groups are the caller's. Anyone else must give the group's password, and
 * Ubuntu's groups have none (`!` in /etc/gshadow): "Invalid password."
 */
export function newgrp(args: readonly string[], ctx: ProgramContext): CommandResult {
  const from = ctx.place;
  if (from.kind !== 'host') return notSimulated('newgrp', 127);
  const login = args[0] === '-' || args[0] === '-l';
  const rest = login ? args.slice(1) : args;
  if (rest.length > 1 || rest.some((a) => a.startsWith('-'))) return { stdout: '', stderr: 'Usage: newgrp [-] [group]\n', exitCode: 1 };
  const db = ctx.host.kernel.users;
  const me = db.user(from.user);
  const name = rest[0];
  const group = name === undefined ? db.groupById(me?.gid ?? from.gids[0] ?? 0) : db.group(name);
  if (!group) return { stdout: '', stderr: `newgrp: group '${name}' does not exist\n`, exitCode: 1 };
  const member = from.uid === 0 || group.gid === me?.gid || group.members.includes(from.user);
  if (!member) return { stdout: '', stderr: 'Password: \nInvalid password.\n', exitCode: 1 };
  // The new group first; the caller's others stay supplementary (shadow adds the new one to them).
  const gids = [group.gid, ...from.gids.filter((g) => g !== group.gid)];
  const base = login ? loginPlace(ctx.host, from.user) : { ...from, login: false, env: new Map(from.env), vars: new Map(from.vars) };
  ctx.enter({ ...base, gids, pid: spawnShell(ctx, from.user, login) });
  return { stdout: '', stderr: '', exitCode: 0 };
}
