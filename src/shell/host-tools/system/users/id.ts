import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { getopt } from '../../../text-tools/getopt.js';
import { bbUsage } from '../busybox-usage.js';
import { quoteName } from '../common.js';
import { type AccountDb, accountDb, processIds } from './account-db.js';

// id, groups, whoami (coreutils 8.32 and busybox). Without a user name they report the
// *process's* credentials, fixed at login: after `usermod -aG docker learner`, `id` still
// lacks docker while `id learner` (read from /etc/group now) has it.

interface Ids {
  readonly uid: number;
  readonly gid: number;
  /** In print order: the gid first, then the others. */
  readonly groups: readonly number[];
}

function idsOfUser(db: AccountDb, name: string): Ids | undefined {
  const u = db.user(name);
  if (!u) return undefined;
  const list = db.groupList(name);
  return { uid: u.uid, gid: u.gid, groups: [u.gid, ...list.filter((g) => g !== u.gid)] };
}

function idsOfProcess(ctx: ProgramContext): Ids {
  const p = processIds(ctx);
  return { uid: p.uid, gid: p.gid, groups: [p.gid, ...p.groups.filter((g) => g !== p.gid)] };
}

const named = (id: number, name: string | undefined) => (name === undefined ? String(id) : `${id}(${name})`);

function defaultFormat(db: AccountDb, ids: Ids): string {
  const user = named(ids.uid, db.userById(ids.uid)?.name);
  const group = named(ids.gid, db.groupById(ids.gid)?.name);
  return `uid=${user} gid=${group} groups=${ids.groups.map((g) => named(g, db.groupById(g)?.name)).join(',')}\n`;
}

export function id(args: readonly string[], ctx: ProgramContext): CommandResult {
  const busybox = ctx.flavor === 'busybox';
  const parsed = getopt('id', args, busybox ? { short: 'ugGnr' } : {
    short: 'ugGnrzaZ',
    long: [
      { name: 'user', key: 'u', arg: 'none' }, { name: 'group', key: 'g', arg: 'none' }, { name: 'groups', key: 'G', arg: 'none' },
      { name: 'name', key: 'n', arg: 'none' }, { name: 'real', key: 'r', arg: 'none' }, { name: 'zero', key: 'z', arg: 'none' }, { name: 'context', key: 'Z', arg: 'none' },
    ],
  }, ctx.flavor);
  const usage = (message?: string): CommandResult => (busybox
    ? { stdout: '', stderr: `${message ? `${message}\n` : ''}${bbUsage('id')}`, exitCode: 1 }
    : { stdout: '', stderr: `${message ?? ''}\nTry 'id --help' for more information.\n`, exitCode: 1 });
  if (!parsed.ok) return usage(parsed.message);
  const has = (k: string) => parsed.options.some((o) => o.key === k);
  if (has('Z')) return { stdout: '', stderr: 'id: --context (-Z) works only on an SELinux-enabled kernel\n', exitCode: 1 };
  const db = accountDb(ctx);
  if (parsed.operands.length > 1) return usage(busybox ? undefined : `id: extra operand ${quoteName(parsed.operands[1] as string, ctx.env)}`);
  const who = parsed.operands[0];
  const ids = who === undefined ? idsOfProcess(ctx) : idsOfUser(db, who);
  if (!ids) {
    return { stdout: '', stderr: busybox ? `id: unknown user ${who}\n` : `id: ${quoteName(who as string, ctx.env)}: no such user\n`, exitCode: 1 };
  }
  const choices = ['u', 'g', 'G'].filter(has);
  if (choices.length > 1) return busybox ? usage() : { stdout: '', stderr: 'id: cannot print "only" of more than one choice\n', exitCode: 1 };
  if (choices.length === 0) {
    if (has('n') || has('r')) return busybox ? usage() : { stdout: '', stderr: 'id: cannot print only names or real IDs in default format\n', exitCode: 1 };
    return { stdout: defaultFormat(db, ids), stderr: '', exitCode: 0 };
  }
  const names = has('n');
  let stderr = '';
  const show = (n: number, kind: 'user' | 'group') => {
    if (!names) return String(n);
    const name = kind === 'user' ? db.userById(n)?.name : db.groupById(n)?.name;
    if (name === undefined) stderr += `id: cannot find name for ${kind} ID ${n}\n`;
    return name ?? String(n);
  };
  const sep = has('z') ? '\0' : ' ';
  const end = has('z') ? '\0' : '\n';
  const out = has('u') ? show(ids.uid, 'user') : has('g') ? show(ids.gid, 'group') : ids.groups.map((g) => show(g, 'group')).join(sep);
  return { stdout: `${out}${end}`, stderr, exitCode: stderr ? 1 : 0 };
}

export function groups(args: readonly string[], ctx: ProgramContext): CommandResult {
  const busybox = ctx.flavor === 'busybox';
  const db = accountDb(ctx);
  const names = (ids: Ids) => ids.groups.map((g) => db.groupById(g)?.name ?? String(g)).join(' ');
  if (args.length === 0) return { stdout: `${names(idsOfProcess(ctx))}\n`, stderr: '', exitCode: 0 };
  if (busybox) {
    if (args.length > 1) return { stdout: '', stderr: bbUsage('groups'), exitCode: 1 };
    const ids = idsOfUser(db, args[0] as string);
    return ids ? { stdout: `${names(ids)}\n`, stderr: '', exitCode: 0 } : { stdout: '', stderr: `groups: unknown user ${args[0]}\n`, exitCode: 1 };
  }
  let stdout = '';
  let stderr = '';
  for (const who of args) {
    const ids = idsOfUser(db, who);
    if (ids) stdout += `${who} : ${names(ids)}\n`;
    else stderr += `groups: ${quoteName(who, ctx.env)}: no such user\n`;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

export function whoami(args: readonly string[], ctx: ProgramContext): CommandResult {
  if (args.length > 0) {
    if (ctx.flavor === 'busybox') return { stdout: '', stderr: bbUsage('whoami'), exitCode: 1 };
    const extra = args[0] as string;
    if (extra.startsWith('-') && extra !== '-') return { stdout: '', stderr: `whoami: invalid option -- '${extra.slice(1, 2)}'\nTry 'whoami --help' for more information.\n`, exitCode: 1 };
    return { stdout: '', stderr: `whoami: extra operand ${quoteName(extra, ctx.env)}\nTry 'whoami --help' for more information.\n`, exitCode: 1 };
  }
  const uid = processIds(ctx).uid;
  const name = accountDb(ctx).userById(uid)?.name;
  if (name === undefined) return { stdout: '', stderr: `whoami: cannot find name for user ID ${uid}\n`, exitCode: 1 };
  return { stdout: `${name}\n`, stderr: '', exitCode: 0 };
}
