import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expand, parseScenario, substitutions } from './scenario.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('two-node scenario format', () => {
  it('groups node-prefixed commands in stories, with sleeps, skipping comments', () => {
    const stories = parseScenario('# c\n@story a\n1$ docker swarm init\n\n@sleep 2\n2$ docker node ls\n@story b\n2$ true\n');
    expect(stories).toEqual([
      {
        name: 'a',
        steps: [
          { kind: 'cmd', node: 1, cmd: 'docker swarm init', line: 3 },
          { kind: 'sleep', seconds: 2, line: 5 },
          { kind: 'cmd', node: 2, cmd: 'docker node ls', line: 6 },
        ],
      },
      { name: 'b', steps: [{ kind: 'cmd', node: 2, cmd: 'true', line: 8 }] },
    ]);
  });

  it('rejects a line that is not a step, and a step before any story', () => {
    expect(() => parseScenario('@story a\ndocker ps\n')).toThrow('line 2');
    expect(() => parseScenario('1$ docker ps\n')).toThrow('before the first @story');
  });

  it('finds $(N$ CMD) placeholders and replaces them in order', () => {
    const cmd = 'docker swarm join --token $(1$ docker swarm join-token -q worker) 10.0.2.15:2377';
    expect(substitutions(cmd)).toEqual([
      { text: '$(1$ docker swarm join-token -q worker)', node: 1, cmd: 'docker swarm join-token -q worker' },
    ]);
    expect(expand(cmd, ['SWMTKN-1-x-y'])).toBe('docker swarm join --token SWMTKN-1-x-y 10.0.2.15:2377');
    expect(expand('a $(2$ x) b $(1$ y)', ['X', 'Y'])).toBe('a X b Y');
  });

  it('parses the recorded scenario.txt, one recording per story', () => {
    const stories = parseScenario(readFileSync(join(here, 'scenario.txt'), 'utf8'));
    expect(stories.map((s) => s.name)).toEqual(['overlay', 'init-variants', 'advertise-loopback']);
    const recorded = stories.map((s) => readFileSync(join(here, 'recorded', `${s.name}.jsonl`), 'utf8').trim().split('\n').length);
    expect(recorded).toEqual(stories.map((s) => s.steps.filter((st) => st.kind === 'cmd').length));
  });
});
