import { fileRedirections, simpleCommands } from '../backend/docker/words.js';

/**
 * Is a check's command line read-only? Checks run after every learner command, on a real
 * machine too, so they may only look. A line is split on pipes and lists; each command
 * must be one of the known observers, with no output redirection.
 */
const SIMPLE_READERS = new Set([
  'cat', 'head', 'tail', 'grep', 'egrep', 'wc', 'sort', 'uniq', 'cut', 'awk', 'tr', 'ls', 'stat', 'id', 'groups', 'whoami',
  'getent', 'hostname', 'uname', 'readlink', 'df', 'ss', 'netstat', 'ping', 'nslookup', 'echo', 'test', 'true', 'false',
  'ps', 'pgrep', 'pstree', 'printf', 'dig', 'host', 'env', 'which', 'xargs', 'basename', 'dirname', 'jq',
]);

const DOCKER_READERS: readonly (readonly string[])[] = [
  ['inspect'], ['ps'], ['port'], ['logs'], ['version'], ['info'], ['top'], ['images'],
  ['container', 'ls'], ['container', 'ps'], ['container', 'list'], ['container', 'inspect'], ['container', 'port'], ['container', 'logs'], ['container', 'top'],
  ['network', 'ls'], ['network', 'list'], ['network', 'inspect'], ['image', 'ls'], ['image', 'list'], ['image', 'inspect'],
  ['volume', 'ls'], ['volume', 'list'], ['volume', 'inspect'], ['system', 'df'], ['swarm', 'ca'], ['node', 'ls'],
];

export type ReadOnlyVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export function isReadOnly(line: string): ReadOnlyVerdict {
  if (fileRedirections(line).length > 0) return { ok: false, reason: 'it redirects output into a file' };
  const commands = simpleCommands(line);
  if (commands.length === 0) return { ok: false, reason: 'it is empty' };
  for (const argv of commands) {
    const verdict = commandIsReadOnly(argv);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}

function commandIsReadOnly(argv: readonly string[]): ReadOnlyVerdict {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) return { ok: true };
  if (cmd === 'sudo') return commandIsReadOnly(rest.filter((a, i) => !(i === 0 && a.startsWith('-'))));
  if (SIMPLE_READERS.has(cmd)) {
    if (cmd === 'awk' && rest.some((a) => /system\s*\(|>\s*"/.test(a))) return { ok: false, reason: 'awk may not run commands or write files in a check' };
    return { ok: true };
  }
  switch (cmd) {
    case 'docker':
      return dockerReadOnly(rest);
    case 'ip':
      return ipReadOnly(rest);
    case 'iptables':
    case 'ip6tables':
      return rest.some((a) => /^-[A-Za-z]*[LS]/.test(a) || a === '--list' || a === '--list-rules') && !rest.some((a) => /^-[AIDRFNXPZE]$/.test(a) || /^--(append|insert|delete|flush|new|policy|zero)/.test(a))
        ? { ok: true }
        : { ok: false, reason: 'iptables may only list rules (-L, -S) in a check' };
    case 'bridge':
      return ['link', 'fdb', 'vlan'].includes(rest[0] ?? '') && ['show', 'list', undefined].includes(rest[1]) ? { ok: true } : { ok: false, reason: 'bridge may only show in a check' };
    case 'brctl':
      return rest[0] === 'show' || rest[0] === 'showmacs' ? { ok: true } : { ok: false, reason: 'brctl may only show in a check' };
    case 'curl':
      return rest.some((a) => /^-(X|d|F|T|o|O)|^--(request|data|form|upload-file|output|remote-name)/.test(a)) ? { ok: false, reason: 'curl may only GET without saving in a check' } : { ok: true };
    case 'wget':
      return rest.some((a) => /^-[a-zA-Z]*O-?$/.test(a)) && (rest.includes('-') || rest.some((a) => /O-$/.test(a))) ? { ok: true } : { ok: false, reason: 'wget must print to stdout (-qO-) in a check' };
    case 'nsenter': {
      const at = rest.findIndex((a) => !a.startsWith('-') && !/^\d+$/.test(a));
      return at < 0 ? { ok: false, reason: 'nsenter needs a command' } : commandIsReadOnly(rest.slice(at));
    }
    case 'ssh':
      return sshReadOnly(rest);
    default:
      return { ok: false, reason: `'${cmd}' is not a known read-only command` };
  }
}

function dockerReadOnly(args: readonly string[]): ReadOnlyVerdict {
  const words = args.filter((a) => !a.startsWith('-'));
  if (words[0] === 'exec' || (words[0] === 'container' && words[1] === 'exec')) {
    // docker exec [OPTIONS] CONTAINER COMMAND…: the command inside must read only too.
    const start = args.indexOf(words[0] === 'exec' ? 'exec' : 'container') + (words[0] === 'exec' ? 1 : 2);
    let i = start;
    while (i < args.length && (args[i] as string).startsWith('-')) i += ['-e', '--env', '-u', '--user', '-w', '--workdir'].includes(args[i] as string) ? 2 : 1;
    const inner = args.slice(i + 1);
    return inner.length === 0 ? { ok: false, reason: 'docker exec needs a command' } : commandIsReadOnly(inner);
  }
  if (DOCKER_READERS.some((r) => r.every((w, i) => words[i] === w))) return { ok: true };
  const management = ['network', 'container', 'image', 'volume', 'system', 'swarm', 'node', 'service', 'plugin', 'context'];
  return { ok: false, reason: `'docker ${words.slice(0, management.includes(words[0] ?? '') ? 2 : 1).join(' ')}' changes state` };
}

function ipReadOnly(args: readonly string[]): ReadOnlyVerdict {
  const words = args.filter((a) => !a.startsWith('-'));
  const [object, verb] = words;
  if (object === undefined) return { ok: false, reason: 'ip needs an object' };
  if (verb === undefined || ['show', 'list', 'ls', 'get'].includes(verb) || (object === 'netns' && verb === 'identify')) return { ok: true };
  // `ip addr show dev eth0`, `ip link show master docker0`: the verb is show; a bare device after the object is show too.
  if (['a', 'addr', 'address', 'l', 'link', 'r', 'route', 'n', 'neigh', 'neighbour'].includes(object) && !['add', 'del', 'delete', 'set', 'change', 'replace', 'flush', 'append'].includes(verb)) return { ok: true };
  return { ok: false, reason: `'ip ${object} ${verb}' changes state` };
}

/** ssh's options that take an argument (OpenSSH's getopt string). */
const SSH_WITH_ARGUMENT = new Set('BbcDEeFIiJLlmOopQRSWw');

/**
 * `ssh [OPTIONS] HOST CMD…` (reading another machine of the lab): read-only when CMD is, with
 * its words joined and split again as the remote shell does. A login without CMD is not.
 */
function sshReadOnly(args: readonly string[]): ReadOnlyVerdict {
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('-')) break;
    const last = a[a.length - 1] ?? '';
    if (a.length === 2 && SSH_WITH_ARGUMENT.has(last)) i++;
  }
  const command = args.slice(i + 1);
  if (command.length === 0) return { ok: false, reason: 'ssh needs a command in a check (a login shell is not a check)' };
  return isReadOnly(command.join(' '));
}
