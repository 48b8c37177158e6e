import { normalizePath } from '../sim/kernel/fs.js';
import { type CommandResult, fail, ok } from './command-result.js';
import type { Place } from './place.js';

/** What a builtin may do to the shell it runs in. */
export interface BuiltinShell {
  readonly place: Place;
  readonly flavor: 'gnu' | 'busybox';
  isDir(path: string): 'dir' | 'file' | 'missing' | 'denied';
  home(): string;
  exit(code: number): void;
  history(): readonly string[];
}

export type Builtin = (args: readonly string[], sh: BuiltinShell) => CommandResult;

const prefix = (sh: BuiltinShell) => (sh.flavor === 'busybox' ? 'sh' : 'bash');

const cd: Builtin = (args, sh) => {
  const target = args[0] === undefined || args[0] === '~' ? sh.home() : args[0] === '-' ? (sh.place.vars.get('OLDPWD') ?? sh.place.cwd) : args[0];
  const abs = normalizePath(target.replace(/^~(?=\/|$)/, sh.home()), sh.place.cwd);
  const kind = sh.isDir(abs);
  if (kind !== 'dir') {
    const why = kind === 'file' ? 'Not a directory' : kind === 'denied' ? 'Permission denied' : 'No such file or directory';
    return sh.flavor === 'busybox' ? fail(`sh: cd: can't cd to ${target}: ${why}\n`, 2) : fail(`bash: cd: ${target}: ${why}\n`, 1);
  }
  sh.place.vars.set('OLDPWD', sh.place.cwd);
  sh.place.cwd = abs;
  return ok();
};

const exit: Builtin = (args, sh) => {
  const code = args[0] === undefined ? Number(sh.place.vars.get('?') ?? 0) : Number(args[0]);
  if (Number.isNaN(code)) {
    sh.exit(2);
    return fail(`${prefix(sh)}: exit: ${args[0]}: numeric argument required\n`, 2);
  }
  sh.exit(code & 255);
  // Interactive bash says goodbye on stderr: `logout` for a login shell, `exit` otherwise; busybox sh says nothing.
  const bye = sh.flavor === 'busybox' ? '' : sh.place.kind === 'host' && sh.place.login !== false ? 'logout\n' : 'exit\n';
  // Then the ssh client the login came through says so, as it exits.
  const closed = sh.place.kind === 'host' && sh.place.sshTo !== undefined ? `Connection to ${sh.place.sshTo} closed.\n` : '';
  return { stdout: '', stderr: bye + closed, exitCode: code & 255 };
};

const exportBuiltin: Builtin = (args, sh) => {
  for (const a of args) {
    const i = a.indexOf('=');
    if (i > 0) {
      sh.place.env.set(a.slice(0, i), a.slice(i + 1));
      sh.place.vars.set(a.slice(0, i), a.slice(i + 1));
    } else {
      const v = sh.place.vars.get(a);
      if (v !== undefined) sh.place.env.set(a, v);
    }
  }
  if (args.length === 0) {
    const lines = [...sh.place.env.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => (sh.flavor === 'busybox' ? `export ${k}='${v}'` : `declare -x ${k}="${v}"`));
    return ok(lines.map((l) => `${l}\n`).join(''));
  }
  return ok();
};

const unset: Builtin = (args, sh) => {
  for (const a of args) {
    sh.place.env.delete(a);
    sh.place.vars.delete(a);
  }
  return ok();
};

const pwd: Builtin = (_args, sh) => ok(`${sh.place.cwd}\n`);

const history: Builtin = (_args, sh) =>
  ok(sh.history().map((l, i) => `${String(i + 1).padStart(5)}  ${l}\n`).join(''));

export const BUILTINS: ReadonlyMap<string, Builtin> = new Map([
  ['cd', cd],
  ['exit', exit],
  ['logout', exit],
  ['export', exportBuiltin],
  ['unset', unset],
  ['pwd', pwd],
  ['history', history],
]);
