// The two-node scenario format (scenario.txt, described in NOTES.md): one command per line,
// prefixed with the node that runs it, grouped in stories that each start on a fresh lab.
//
//   @story NAME          a new story: a fresh pair of engines, its records go to recorded/NAME.jsonl
//   @sleep SECONDS       wait (a swarm converges in the background); prints nothing, records nothing
//   1$ docker swarm init --advertise-addr 10.0.2.15
//   2$ docker swarm join --token $(1$ docker swarm join-token -q worker) 10.0.2.15:2377
//   # a comment; blank lines are skipped
//
// `$(N$ CMD)` is replaced, before its line runs, by what CMD prints on node N (trailing newline
// dropped): that is how a token or an ID printed by one command reaches a later one.

export type NodeNumber = 1 | 2;

export type Step =
  | { readonly kind: 'cmd'; readonly node: NodeNumber; readonly cmd: string; readonly line: number }
  | { readonly kind: 'sleep'; readonly seconds: number; readonly line: number };

export interface Story {
  readonly name: string;
  readonly steps: readonly Step[];
}

const CMD = /^([12])\$ (.+)$/;
const STORY = /^@story ([a-z0-9][a-z0-9-]*)$/;
const SLEEP = /^@sleep (\d+(?:\.\d+)?)$/;

export function parseScenario(text: string): Story[] {
  const stories: { name: string; steps: Step[] }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const n = i + 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const story = STORY.exec(line);
    if (story) {
      stories.push({ name: story[1] ?? '', steps: [] });
      return;
    }
    const current = stories[stories.length - 1];
    if (!current) throw new Error(`line ${n}: a step before the first @story`);
    const sleep = SLEEP.exec(line);
    if (sleep) {
      current.steps.push({ kind: 'sleep', seconds: Number(sleep[1]), line: n });
      return;
    }
    const cmd = CMD.exec(line);
    if (!cmd) throw new Error(`line ${n}: expected "N$ command", "@story NAME" or "@sleep S": ${line}`);
    current.steps.push({ kind: 'cmd', node: cmd[1] === '2' ? 2 : 1, cmd: cmd[2] ?? '', line: n });
  });
  return stories;
}

export interface Substitution {
  /** The placeholder as written, `$(1$ docker swarm join-token -q worker)`. */
  readonly text: string;
  readonly node: NodeNumber;
  readonly cmd: string;
}

/** The `$(N$ CMD)` placeholders of a command, in order (no nesting: CMD has no parenthesis). */
export function substitutions(cmd: string): Substitution[] {
  return [...cmd.matchAll(/\$\(([12])\$ ([^()]+)\)/g)].map((m) => ({
    text: m[0],
    node: m[1] === '2' ? 2 : 1,
    cmd: m[2] ?? '',
  }));
}

/** The command with each placeholder replaced by its value, in order. */
export function expand(cmd: string, values: readonly string[]): string {
  let i = 0;
  return cmd.replace(/\$\(([12])\$ ([^()]+)\)/g, (all) => values[i++] ?? all);
}
