import { readFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';

/** Who runs the learner's lines on a real machine, and how to become them. */
export interface RealUser {
  readonly name: string;
  readonly uid: number;
  readonly home: string;
  /** Prepended to `bash -c LINE`: empty when we already are this user. */
  readonly prefix: readonly string[];
}

interface PasswdEntry {
  readonly name: string;
  readonly uid: number;
  readonly home: string;
}

function passwdEntry(name: string, passwd: string): PasswdEntry | undefined {
  for (const line of passwd.split('\n')) {
    const f = line.split(':');
    if (f[0] === name && f.length >= 7) return { name, uid: Number(f[2]), home: f[5] ?? '/' };
  }
  return undefined;
}

function readPasswd(): string {
  try {
    return readFileSync('/etc/passwd', 'utf8');
  } catch {
    return '';
  }
}

/**
 * Resolves the session user. No name: whoever runs dockerlings. A different name is reached
 * with `runuser`, which only root may use: anything else would need a password prompt, and a
 * line runs with no stdin, so it fails here, at creation, with a message that says why.
 */
export function resolveRealUser(wanted: string | undefined, passwd: string = readPasswd()): RealUser {
  const me = userInfo();
  if (wanted === undefined || wanted === me.username) {
    return { name: me.username, uid: me.uid, home: me.homedir, prefix: [] };
  }
  const entry = passwdEntry(wanted, passwd);
  if (!entry) throw new Error(`no user '${wanted}' on this machine (docker backend runs commands as a real user)`);
  if (me.uid !== 0) {
    throw new Error(`cannot run commands as '${wanted}': dockerlings runs as '${me.username}', and only root can switch users without a password`);
  }
  return { ...entry, prefix: ['runuser', '-u', wanted, '--'] };
}

/** `user@host:cwd$`, or `#` for root, with the home directory shown as `~` as bash shows it. */
export function realPrompt(user: RealUser, cwd: string, host: string = hostname()): string {
  const shownHost = host.split('.')[0] ?? host;
  const shownCwd = cwd === user.home ? '~' : cwd.startsWith(`${user.home}/`) ? `~${cwd.slice(user.home.length)}` : cwd;
  return `${user.name}@${shownHost}:${shownCwd}${user.uid === 0 ? '#' : '$'}`;
}
