/** /etc/passwd and /etc/group of the simulated host, and who is in which group. */
export interface User {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
  readonly shell: string;
  /** The GECOS field; empty when absent. */
  readonly gecos?: string;
}

export interface Group {
  readonly name: string;
  readonly gid: number;
  members: string[];
}

export class UserDb {
  readonly users: User[] = [];
  readonly groups: Group[] = [];

  addUser(u: User): void {
    this.users.push(u);
  }

  addGroup(name: string, gid: number, members: string[] = []): void {
    this.groups.push({ name, gid, members });
  }

  user(name: string): User | undefined {
    return this.users.find((u) => u.name === name);
  }

  userById(uid: number): User | undefined {
    return this.users.find((u) => u.uid === uid);
  }

  group(name: string): Group | undefined {
    return this.groups.find((g) => g.name === name);
  }

  groupById(gid: number): Group | undefined {
    return this.groups.find((g) => g.gid === gid);
  }

  /** The groups `id NAME` reports from the database: primary first, then supplementary in file order. */
  groupsOf(name: string): Group[] {
    const u = this.user(name);
    if (!u) return [];
    const primary = this.groupById(u.gid);
    const rest = this.groups.filter((g) => g.members.includes(name) && g.gid !== u.gid);
    return primary ? [primary, ...rest] : rest;
  }

  passwdText(): string {
    return this.users.map((u) => `${u.name}:x:${u.uid}:${u.gid}:${u.gecos ?? u.name}:${u.home}:${u.shell}\n`).join('');
  }

  /** `usermod -aG` / `gpasswd -a`: /etc/group changes, running processes keep their groups. */
  addMember(group: string, user: string): void {
    const g = this.group(group);
    if (g && !g.members.includes(user)) g.members.push(user);
  }

  removeMember(group: string, user: string): void {
    const g = this.group(group);
    if (g) g.members = g.members.filter((m) => m !== user);
  }

  groupText(): string {
    return this.groups.map((g) => `${g.name}:x:${g.gid}:${g.members.join(',')}\n`).join('');
  }
}
