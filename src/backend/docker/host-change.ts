import { joinWords, simpleCommands, strippedCommand } from './words.js';
import { dockerCall, flag } from './docker-words.js';

/**
 * Does a command line change the host itself, beyond the engine's containers, networks,
 * volumes and images (which are tracked by ID)? Adding a user to a group, creating an
 * interface, initialising a swarm, inserting a firewall rule, stopping a service do. On a
 * learner's own machine such a step must say so and be confirmed before it runs (the UI
 * asks, with `what`), and cleanup must undo it: `probe` runs first, and `undo(probe output)`
 * gives the lines that put things back (none when the change turned out to be no change,
 * e.g. the user was already in the group).
 */
export type HostChangeKind = 'group' | 'interface' | 'address' | 'route' | 'netns' | 'swarm' | 'macvlan' | 'firewall' | 'service' | 'sysctl' | 'module' | 'file';

export interface HostChange {
  readonly kind: HostChangeKind;
  /** The command, as written (one of the line's simple commands). */
  readonly command: string;
  /** One sentence for the learner: what it changes on this machine. */
  readonly what: string;
  /**
   * Runs before the command (its stdout goes to `undo`) and again after it: when its output
   * changed, so did the host, even if a later part of the line failed.
   */
  readonly probe?: string;
  /** The lines that undo the change, given what `probe` printed; [] when there is nothing to undo. */
  readonly undo: (probeOutput: string) => readonly string[];
  /** What cleanup will run if the command changes what it says (for the confirmation). */
  readonly undoPreview: readonly string[];
  /** False when dockerlings cannot put it back: the learner is told how. */
  readonly undoable: boolean;
  /** Swarm must be left before its networks go; an interface must outlive a macvlan network on it. */
  readonly phase: 'before-resources' | 'after-resources';
}

type Draft = Omit<HostChange, 'command' | 'undoPreview' | 'phase'> & { readonly preview: readonly string[]; readonly phase?: HostChange['phase']; readonly probeAsRoot?: boolean };

const words = (ws: readonly string[]) => joinWords(ws);

function draft(kind: HostChangeKind, what: string, undo: readonly string[] | ((probe: string) => readonly string[]), probe?: string): Draft {
  const f = typeof undo === 'function' ? undo : () => undo;
  const preview = typeof undo === 'function' ? undo('') : undo;
  return { kind, what, undo: f, preview, undoable: true, ...(probe ? { probe } : {}) };
}

const noUndo = (kind: HostChangeKind, what: string): Draft => ({ kind, what, undo: () => [], preview: [], undoable: false });

/** `usermod -aG docker,wheel bob`, `gpasswd -a bob docker`, `adduser bob docker`. */
function groups(argv: readonly string[]): Draft | undefined {
  const [cmd, ...rest] = argv;
  let user: string | undefined;
  let groupList: string[] = [];
  if (cmd === 'usermod') {
    let append = false;
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i] as string;
      if (w === '-a' || w === '--append') append = true;
      else if (/^-[a-zA-Z]*G$/.test(w) || w === '--groups') {
        if (w.includes('a')) append = true;
        groupList = (rest[++i] ?? '').split(',');
      } else if (!w.startsWith('-')) user = w;
    }
    if (!user || groupList.length === 0) return undefined;
    if (!append) return noUndo('group', `sets the groups of user ${user} to exactly ${groupList.join(',')}, removing every other supplementary group`);
  } else if (cmd === 'gpasswd' && (rest[0] === '-a' || rest[0] === '--add')) {
    user = rest[1];
    groupList = rest[2] ? [rest[2]] : [];
  } else if ((cmd === 'adduser' || cmd === 'addgroup') && rest.length === 2 && !rest.some((w) => w.startsWith('-'))) {
    [user] = rest;
    groupList = [rest[1] as string];
  } else return undefined;
  if (!user || groupList.length === 0) return undefined;
  const u = user;
  const d = draft('group', `adds user ${u} to the group${groupList.length > 1 ? 's' : ''} ${groupList.join(', ')} on this machine (root on the engine, in effect, for docker)`, (probe) => {
    const had = new Set(probe.split(/\s+/));
    return groupList.filter((g) => !had.has(g)).map((g) => words(['gpasswd', '-d', u, g]));
  }, words(['id', '-nG', u]));
  return d;
}

function ipCommand(argv: readonly string[]): Draft | undefined {
  let i = 1;
  while (i < argv.length && (argv[i] as string).startsWith('-')) {
    // `ip -n NS …` and `ip -netns NS …` work inside a namespace, not on the host's own stack.
    if (/^-(n|netns)$/.test(argv[i] as string)) return undefined;
    i++;
  }
  const [object = '', verb = '', ...rest] = argv.slice(i);
  const obj = /^l(i(nk?)?)?$/.test(object) ? 'link' : /^a(d(dr?|dress)?)?$/.test(object) ? 'addr' : /^r(o(u(te?)?)?)?$/.test(object) ? 'route' : object;
  if (obj === 'netns') {
    if (verb === 'add') return draft('netns', `creates the network namespace ${rest[0]}`, [words(['ip', 'netns', 'delete', rest[0] ?? ''])], 'ip netns list');
    if (['del', 'delete'].includes(verb)) return noUndo('netns', `deletes the network namespace ${rest[0]}`);
    return undefined;
  }
  if (obj === 'link' && verb === 'add') {
    // ip link add [link DEV] [name] NAME ... type TYPE ...
    let name: string | undefined;
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i] as string;
      if (w === 'link') i++;
      else if (w === 'name' || w === 'dev') name = rest[++i];
      else if (w === 'type') break;
      else if (name === undefined) name = w;
    }
    const type = rest[rest.indexOf('type') + 1] ?? 'an';
    if (!name) return undefined;
    return { ...draft('interface', `creates the ${type} interface ${name} on this machine`, [words(['ip', 'link', 'delete', name])], words(['ip', '-o', 'link', 'show', name])), phase: 'after-resources' };
  }
  if (obj === 'link' && ['del', 'delete'].includes(verb)) return noUndo('interface', `deletes the interface ${rest.filter((w) => w !== 'dev')[0]} from this machine`);
  if (obj === 'link' && verb === 'set') {
    const dev = rest[0] === 'dev' ? rest[1] : rest[0];
    if (!dev) return undefined;
    if (rest.includes('up') || rest.includes('down')) {
      const up = rest.includes('up');
      return draft('interface', `sets the interface ${dev} ${up ? 'up' : 'down'}`, (probe) => (probe === '' ? [words(['ip', 'link', 'set', dev, up ? 'down' : 'up'])] : /[<,]UP[,>]/.test(probe) === up ? [] : [words(['ip', 'link', 'set', dev, up ? 'down' : 'up'])]), words(['ip', '-o', 'link', 'show', dev]));
    }
    return noUndo('interface', `changes the interface ${dev} (${rest.slice(1).join(' ')})`);
  }
  if ((obj === 'addr' || obj === 'route') && ['add', 'append', 'replace', 'change', 'del', 'delete', 'flush'].includes(verb)) {
    const kind = obj === 'addr' ? 'address' : 'route';
    if (verb === 'add' || verb === 'append') return { ...draft(kind, `adds the ${kind} ${rest.join(' ')} on this machine`, [words(['ip', obj, 'del', ...rest])], obj === 'addr' ? 'ip -o addr show' : 'ip route show table all'), phase: 'after-resources' };
    return noUndo(kind, `${verb === 'flush' ? 'flushes' : verb === 'del' || verb === 'delete' ? 'deletes' : 'changes'} ${kind === 'address' ? 'addresses' : 'routes'} on this machine (${rest.join(' ')})`);
  }
  return undefined;
}

/** `iptables [-t T] -A|-I|-N|-P …`: inserted rules are deleted, new chains removed. */
function firewall(argv: readonly string[]): Draft | undefined {
  const [cmd, ...rest] = argv;
  if (rest.some((w) => /^-[a-zA-Z]*[LS]$/.test(w) || w === '--list' || w === '--list-rules' || w === '--version' || w === '-V' || w === '-h')) return undefined;
  const ti = rest.findIndex((w) => w === '-t' || w === '--table');
  const table = ti >= 0 ? ['-t', rest[ti + 1] ?? 'filter'] : [];
  const spec = ti >= 0 ? [...rest.slice(0, ti), ...rest.slice(ti + 2)] : [...rest];
  const op = spec[0] ?? '';
  const chain = spec[1] ?? '';
  const base = [cmd as string, ...table];
  if (op === '-A' || op === '--append' || op === '-I' || op === '--insert') {
    const ruleSpec = op.startsWith('-I') || op === '--insert' ? spec.slice(/^\d+$/.test(spec[2] ?? '') ? 3 : 2) : spec.slice(2);
    return { ...draft('firewall', `adds a firewall rule to ${chain}${table.length ? ` in the ${table[1]} table` : ''}: ${ruleSpec.join(' ')}`, [words([...base, '-D', chain, ...ruleSpec])], words([...base, '-S'])), phase: 'after-resources', probeAsRoot: true };
  }
  if (op === '-N' || op === '--new-chain') return { ...draft('firewall', `creates the firewall chain ${chain}`, [words([...base, '-F', chain]), words([...base, '-X', chain])], words([...base, '-S'])), phase: 'after-resources', probeAsRoot: true };
  if (op === '-P' || op === '--policy') {
    const d = draft('firewall', `sets the policy of ${chain} to ${spec[2]}`, (probe) => {
      const m = new RegExp(`^-P ${chain} (\\S+)`, 'm').exec(probe);
      return m && m[1] !== spec[2] ? [words([...base, '-P', chain, m[1] as string])] : probe === '' ? [words([...base, '-P', chain, 'ACCEPT'])] : [];
    }, words([...base, '-S', chain]));
    return { ...d, probeAsRoot: true };
  }
  if (['-D', '--delete', '-F', '--flush', '-X', '--delete-chain', '-R', '--replace', '-Z', '--zero', '-E', '--rename-chain'].includes(op)) {
    return noUndo('firewall', `changes the firewall: ${words(argv)}`);
  }
  return undefined;
}

function service(argv: readonly string[]): Draft | undefined {
  const [cmd, ...rest] = argv;
  let verb: string | undefined;
  let unit: string | undefined;
  if (cmd === 'systemctl') {
    const ws = rest.filter((w) => !w.startsWith('-'));
    [verb, unit] = ws;
    if (rest.includes('--user')) return undefined;
  } else if (cmd === 'service') {
    [unit, verb] = rest;
  } else return undefined;
  if (!verb || !unit) return undefined;
  const u = unit;
  const sys = (v: string) => words(['systemctl', v, u]);
  switch (verb) {
    case 'start':
      return draft('service', `starts the service ${u}`, (p) => (p.trim() === 'active' ? [] : [sys('stop')]), sys('is-active'));
    case 'stop':
      return draft('service', `stops the service ${u}${/^docker(\.service)?$/.test(u) ? ': every running container stops with it' : ''}`, (p) => (p.trim() === 'active' || p === '' ? [sys('start')] : []), sys('is-active'));
    case 'enable':
      return draft('service', `makes the service ${u} start at boot`, (p) => (p.trim() === 'enabled' ? [] : [sys('disable')]), sys('is-enabled'));
    case 'disable':
      return draft('service', `stops the service ${u} from starting at boot`, (p) => (p.trim() === 'enabled' || p === '' ? [sys('enable')] : []), sys('is-enabled'));
    case 'restart':
    case 'reload':
    case 'try-restart':
      return { ...noUndo('service', `${verb === 'reload' ? 'reloads' : 'restarts'} the service ${u}${/^docker(\.service)?$/.test(u) ? ': running containers are stopped (unless live-restore is on)' : ''}`), undoable: true };
    case 'mask':
    case 'unmask':
      return noUndo('service', `${verb}s the service ${u}`);
    default:
      return undefined;
  }
}

function sysctl(argv: readonly string[]): Draft | undefined {
  const assignments = argv.slice(1).filter((w) => w.includes('=') && !w.startsWith('-'));
  if (argv[0] !== 'sysctl' || assignments.length === 0) return undefined;
  const keys = assignments.map((a) => a.slice(0, a.indexOf('=')));
  return draft('sysctl', `changes the kernel setting${keys.length > 1 ? 's' : ''} ${assignments.join(', ')}`, (probe) => {
    const old = probe.split('\n');
    return keys.flatMap((k, i) => (old[i] !== undefined && old[i] !== '' ? [words(['sysctl', '-w', `${k}=${old[i]}`])] : []));
  }, words(['sysctl', '-n', ...keys]));
}

function moduleLoad(argv: readonly string[]): Draft | undefined {
  if (argv[0] !== 'modprobe') return undefined;
  const mods = argv.slice(1).filter((w) => !w.startsWith('-'));
  if (argv.includes('-r') || argv.includes('--remove')) return noUndo('module', `unloads the kernel module ${mods.join(' ')}`);
  const m = mods[0];
  if (!m) return undefined;
  return draft('module', `loads the kernel module ${m}`, (probe) => (new RegExp(`^${m.replace(/-/g, '_')}\\s`, 'm').test(probe) ? [] : [words(['modprobe', '-r', m])]), 'cat /proc/modules');
}

function dockerChange(argv: readonly string[]): Draft | undefined {
  const c = dockerCall(argv);
  if (!c) return undefined;
  if (c.path === 'swarm init' || c.path === 'swarm join') {
    return {
      // dockerd makes docker_gwbridge a moment after `swarm init` returns, and keeps it after
      // leaving: it goes with the undo when it was not there before.
      ...draft(
        'swarm',
        `makes this engine ${c.path === 'swarm init' ? 'a swarm manager' : 'join a swarm'} (it adds the ingress and docker_gwbridge networks and listens on ports 2377, 7946 and 4789)`,
        (probe) => {
          const [state = '', gw = ''] = probe.split('\n');
          if (state.trim() !== 'inactive' && probe !== '') return [];
          return ['docker swarm leave --force', ...(gw.trim() === '' ? ['docker network rm docker_gwbridge'] : [])];
        },
        `docker info --format '{{.Swarm.LocalNodeState}}' && docker network ls -q --filter name=^docker_gwbridge$`,
      ),
      phase: 'before-resources',
    };
  }
  if (c.path === 'swarm leave') return noUndo('swarm', 'makes this engine leave its swarm, with the swarm services that run here');
  if (c.path === 'network create') {
    const driver = flag(c, 'driver', 'd').at(-1);
    const parent = flag(c, 'opt', 'o').find((o) => o.startsWith('parent='))?.slice('parent='.length);
    if ((driver === 'macvlan' || driver === 'ipvlan') && parent) {
      const sub = parent.includes('.') ? ` (dockerd creates the VLAN interface ${parent} if it is missing)` : '';
      // The network itself is tracked like any other and removed by cleanup, which takes a sub-interface dockerd made with it.
      return { ...draft('macvlan', `attaches a ${driver} network to your interface ${parent}${sub}: its containers appear on the network ${parent} is on`, []), phase: 'before-resources' };
    }
  }
  return undefined;
}

/** Writes into the host's configuration: `tee /etc/…`, `> /etc/…`, `> /proc/sys/…`. */
function fileWrite(line: string): Draft | undefined {
  const m = /(?:\btee\s+(?:-a\s+)?|>>?\s*)(\/(?:etc|proc\/sys|sys)\/\S+)/.exec(line);
  return m ? noUndo('file', `writes ${m[1]}`) : undefined;
}

function classify(argv: readonly string[]): Draft | undefined {
  const name = argv[0] ?? '';
  if (name === 'ip') return ipCommand(argv);
  if (/^ip6?tables(-legacy|-nft)?$/.test(name)) return firewall(argv);
  if (['usermod', 'gpasswd', 'adduser', 'addgroup'].includes(name)) return groups(argv);
  if (name === 'systemctl' || name === 'service') return service(argv);
  if (name === 'sysctl') return sysctl(argv);
  if (name === 'modprobe') return moduleLoad(argv);
  if (name === 'docker') return dockerChange(argv);
  return undefined;
}

/** The host changes a command line makes, one per simple command that makes one; [] when none. */
export function describeHostChange(line: string): HostChange[] {
  const out: HostChange[] = [];
  const commands = simpleCommands(line);
  for (const raw of commands) {
    const argv = strippedCommand(raw);
    const pick = classify([(argv[0] ?? '').replace(/^.*\//, ''), ...argv.slice(1)]);
    if (!pick) continue;
    // Undo with the same privilege the change was made with.
    const elevate = raw[0] === 'sudo' || raw[0] === 'doas' ? `${raw[0]} ` : '';
    const withPrefix = (ls: readonly string[]) => (elevate && pick.kind !== 'swarm' ? ls.map((l) => `${elevate}${l}`) : ls);
    // A probe that needs root gets it the way the command did, without a password prompt.
    const probe = pick.probe && pick.probeAsRoot && elevate ? `${elevate.trim()} -n ${pick.probe}` : pick.probe;
    out.push({
      kind: pick.kind,
      command: joinWords(raw),
      what: pick.what,
      ...(probe ? { probe } : {}),
      undo: (p) => withPrefix(pick.undo(p)),
      undoPreview: withPrefix(pick.preview),
      undoable: pick.undoable,
      phase: pick.phase ?? 'after-resources',
    });
  }
  // A redirection inside `docker exec … sh -c '…'` writes the container's files, not the host's.
  const file = commands.some((c) => strippedCommand(c)[0] === 'docker') ? undefined : fileWrite(line);
  if (file && out.length === 0) out.push({ kind: file.kind, command: line, what: file.what, undo: () => [], undoPreview: [], undoable: false, phase: 'after-resources' });
  return out;
}
