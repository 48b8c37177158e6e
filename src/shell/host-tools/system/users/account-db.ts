import type { ProgramContext } from '../../../program.js';

/** A user or group as /etc/passwd and /etc/group describe them. */
export interface Account {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
  readonly shell: string;
}

export interface GroupEntry {
  readonly name: string;
  readonly gid: number;
  readonly members: readonly string[];
}

/** The account database of the machine a program runs on: the host's, or the container image's files. */
export interface AccountDb {
  user(name: string): Account | undefined;
  userById(uid: number): Account | undefined;
  group(name: string): GroupEntry | undefined;
  groupById(gid: number): GroupEntry | undefined;
  /** getgrouplist(3): the primary group, then every group listing the user, in file order. */
  groupList(name: string): number[];
}

function parse(text: string): string[][] {
  return text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(':'));
}

export function accountDb(ctx: ProgramContext): AccountDb {
  const read = (p: string) => {
    const r = ctx.fs.read(p);
    return r.ok ? r.content : '';
  };
  const users: Account[] = parse(read('/etc/passwd')).map((f) => ({ name: f[0] ?? '', uid: Number(f[2]), gid: Number(f[3]), home: f[5] ?? '/', shell: f[6] ?? '/bin/sh' }));
  const groups: GroupEntry[] = parse(read('/etc/group')).map((f) => ({ name: f[0] ?? '', gid: Number(f[2]), members: (f[3] ?? '').split(',').filter(Boolean) }));
  const db: AccountDb = {
    user: (name) => users.find((u) => u.name === name),
    userById: (uid) => users.find((u) => u.uid === uid),
    group: (name) => groups.find((g) => g.name === name),
    groupById: (gid) => groups.find((g) => g.gid === gid),
    groupList: (name) => {
      const u = db.user(name);
      if (!u) return [];
      return [u.gid, ...groups.filter((g) => g.members.includes(name) && g.gid !== u.gid).map((g) => g.gid)];
    },
  };
  return db;
}

/** Who runs the program: its uid, its gid, and its supplementary groups as the kernel keeps them (sorted). */
export function processIds(ctx: ProgramContext): { uid: number; gid: number; groups: number[] } {
  if (ctx.place.kind === 'host') {
    const [gid = 0, ...rest] = ctx.place.gids;
    return { uid: ctx.place.uid, gid, groups: [...new Set([gid, ...rest])].sort((a, b) => a - b) };
  }
  // runc gives the container's root the groups its /etc/group lists for it.
  const db = accountDb(ctx);
  const list = db.groupList('root');
  return { uid: 0, gid: 0, groups: list.length > 0 ? [...new Set(list)].sort((a, b) => a - b) : [0] };
}
