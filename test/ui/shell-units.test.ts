import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonPrefix, type CompletionOracle, complete } from '../../src/ui/shell/completion.js';
import { promptPlace } from '../../src/ui/shell/completion-oracle.js';
import { parseDockerHelp, positionalKind } from '../../src/ui/shell/docker-help.js';
import { History } from '../../src/ui/shell/history.js';
import { needsTerminal } from '../../src/ui/shell/interactive.js';
import { decodeKeys } from '../../src/ui/shell/keys.js';
import * as ed from '../../src/ui/shell/line-editor.js';
import { tempDir } from './helpers.js';

describe('keys', () => {
  it('tells Backspace (DEL) from Delete, and decodes arrows, Ctrl and Alt keys', () => {
    expect(decodeKeys('\u007f')).toEqual([{ name: 'backspace' }]);
    expect(decodeKeys('\u001b[3~')).toEqual([{ name: 'delete' }]);
    expect(decodeKeys('\u001b[A\u001bOB\u001b[1;5C\u001bb')).toEqual([{ name: 'up' }, { name: 'down' }, { name: 'wordright' }, { name: 'wordleft' }]);
    expect(decodeKeys('\u0001\u0017\t')).toEqual([{ name: 'ctrl', text: 'a' }, { name: 'ctrl', text: 'w' }, { name: 'tab' }]);
    expect(decodeKeys('\u001b[1;2A')).toEqual([{ name: 'up' }]);
  });

  it('keeps pasted text together and splits it at line ends', () => {
    expect(decodeKeys('ls -l\r\ndocker ps\r')).toEqual([{ name: 'text', text: 'ls -l' }, { name: 'enter' }, { name: 'text', text: 'docker ps' }, { name: 'enter' }]);
    expect(decodeKeys('안녕')).toEqual([{ name: 'text', text: '안녕' }]);
  });
});

describe('the line editor', () => {
  const at = (text: string, cursor = text.length): ed.Line => ({ text, cursor });
  it('moves and deletes by user-perceived characters', () => {
    expect(ed.backspace(at('echo 안녕'))).toEqual(at('echo 안'));
    expect(ed.left(at('a👍🏽'))).toEqual(at('a👍🏽', 1));
    expect(ed.deleteForward(at('a👍🏽b', 1))).toEqual(at('ab', 1));
    expect(ed.cursorIndex(at('안녕하세요', 4))).toBe(4);
  });

  it('kills as readline does: Ctrl+U, Ctrl+K, Ctrl+W (to whitespace), Alt+D (a word)', () => {
    expect(ed.killToStart(at('docker ps -a', 7))).toEqual({ line: at('ps -a', 0), killed: 'docker ' });
    expect(ed.killToEnd(at('docker ps -a', 6))).toEqual({ line: at('docker', 6), killed: ' ps -a' });
    expect(ed.killWordBack(at('ls -l /var/run/docker.sock'))).toEqual({ line: at('ls -l '), killed: '/var/run/docker.sock' });
    expect(ed.killWordForward(at('ls /var/run', 3))).toEqual({ line: at('ls /run', 3), killed: '/var' });
    expect(ed.wordLeft(at('docker network ls', 14))).toEqual(at('docker network ls', 7));
    expect(ed.wordRight(at('docker network ls', 6))).toEqual(at('docker network ls', 14));
  });
});

describe('history', () => {
  it('walks back and forth, keeps the draft, skips repeats, blanks and lines typed with a space', () => {
    const h = new History(['ls', 'id']);
    h.add('id');
    h.add('');
    h.add(' secret');
    expect(h.all).toEqual(['ls', 'id']);
    expect(h.previous('dock')).toBe('id');
    expect(h.previous('id')).toBe('ls');
    expect(h.previous('ls')).toBeUndefined();
    expect(h.next()).toBe('id');
    expect(h.next()).toBe('dock');
    expect(h.next()).toBeUndefined();
  });

  it('is kept in a file across sessions', () => {
    const file = join(tempDir(), 'history');
    const a = History.load(file);
    a.add('docker ps');
    a.add(':hint');
    expect(readFileSync(file, 'utf8')).toBe('docker ps\n:hint\n');
    expect(History.load(file).all).toEqual(['docker ps', ':hint']);
  });
});

describe('docker help', () => {
  // `docker exec --help` and `docker network connect --help` of the docker CLI 28 (abridged).
  const exec = `Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]

Execute a command in a running container

Aliases:
  docker container exec, docker exec

Options:
  -d, --detach               Detached mode: run command in the background
      --detach-keys string   Override the key sequence for detaching a
                             container
  -e, --env list             Set environment variables
  -i, --interactive          Keep STDIN open even if not attached
  -t, --tty                  Allocate a pseudo-TTY
`;
  const connect = `Usage:  docker network connect [OPTIONS] NETWORK CONTAINER

Connect a container to a network

Options:
      --alias strings           Add network-scoped alias for the container
      --ip string               IPv4 address (e.g., "172.30.100.104")
      --link list               Add link to another container
`;

  it('reads flags (and which take values) and the positional arguments of the Usage line', () => {
    const h = parseDockerHelp(exec);
    expect(h.flags.slice(0, 3)).toEqual([{ long: '--detach', short: '-d' }, { long: '--detach-keys', value: 'string' }, { long: '--env', short: '-e', value: 'list' }]);
    expect(h.positionals).toEqual(['CONTAINER', 'COMMAND', '[ARG...]']);
    expect(positionalKind(h, 0)).toBe('container');
    expect(positionalKind(h, 1)).toBeUndefined();
    const c = parseDockerHelp(connect);
    expect([positionalKind(c, 0), positionalKind(c, 1)]).toEqual(['network', 'container']);
  });
});

/** A host with two containers and a few files, for completion. */
const oracle: CompletionOracle = {
  commands: async () => ['cat', 'cd', 'docker', 'dockerd', 'id', 'ip', 'iptables'],
  dockerHelp: async (path) => {
    const texts: Record<string, string> = {
      '': 'Usage:  docker [OPTIONS] COMMAND\n\nCommon Commands:\n  run         Run\n  exec        Exec\n  ps          List\n\nManagement Commands:\n  network     Manage networks\n\nOptions:\n      --config string      Location\n',
      exec: 'Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nOptions:\n  -i, --interactive          Keep STDIN open\n  -t, --tty                  Allocate\n  -e, --env list             Set\n',
      run: 'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nOptions:\n      --network network   Connect\n      --name string       Name\n',
      network: 'Usage:  docker network COMMAND\n\nCommands:\n  connect     Connect\n  create      Create\n  inspect     Inspect\n',
      'network connect': 'Usage:  docker network connect [OPTIONS] NETWORK CONTAINER\n\nOptions:\n      --ip string   IPv4\n',
    };
    const t = texts[path.join(' ')];
    return t === undefined ? undefined : parseDockerHelp(t);
  },
  names: async (kind) => ({ container: ['web', 'web2', 'db'], network: ['bridge', 'host', 'none', 'backend'], image: ['busybox', 'nginx'], volume: [] })[kind],
  listDir: async (dir) => (dir === '/var/run/' ? ['.', '..', 'docker.sock', 'docker'] : dir === '/home/learner/' ? ['notes.txt', '.bashrc'] : undefined),
  isDir: async (p) => p === '/var/run/docker',
  home: () => '/home/learner',
  cwd: () => '/home/learner',
};
const tab = async (text: string) => {
  const c = await complete({ text, cursor: text.length }, oracle, ['hint', 'help']);
  return c.candidates.length ? c.candidates : c.line.text;
};

describe('Tab completion', () => {
  it('completes commands, then docker subcommands and flags from its help', async () => {
    expect(await tab('ipt')).toBe('iptables ');
    expect(await tab('doc')).toBe('docker');
    expect(await tab('docker')).toEqual(['docker', 'dockerd']);
    expect(await tab('docker ne')).toBe('docker network ');
    expect(await tab('docker network c')).toEqual(['connect', 'create']);
    expect(await tab('docker network co')).toBe('docker network connect ');
    expect(await tab('docker exec --inter')).toBe('docker exec --interactive ');
    expect(await tab('sudo docker e')).toBe('sudo docker exec ');
    expect(await tab(':h')).toEqual([':help', ':hint']);
  });

  it('completes names where the Usage line or a flag wants them', async () => {
    expect(await tab('docker exec -it w')).toBe('docker exec -it web');
    expect(await tab('docker exec -it web')).toEqual(['web', 'web2']);
    expect(await tab('docker exec -e A=1 d')).toBe('docker exec -e A=1 db ');
    expect(await tab('docker run --network ba')).toBe('docker run --network backend ');
    expect(await tab('docker run -d ngi')).toBe('docker run -d nginx ');
    expect(await tab('docker network connect b')).toEqual(['backend', 'bridge']);
    expect(await tab('docker network connect bridge w')).toBe('docker network connect bridge web');
    expect(await tab('docker ps | ca')).toBe('docker ps | cat ');
  });

  it('completes file names, with / after a directory', async () => {
    expect(await tab('ls -l /var/run/docker.')).toBe('ls -l /var/run/docker.sock ');
    expect(await tab('cd /var/run/dockerx')).toBe('cd /var/run/dockerx');
    expect(await tab('ls /var/run/d')).toBe('ls /var/run/docker');
    expect(await tab('cat no')).toBe('cat notes.txt ');
    expect(await tab('cat ~/no')).toBe('cat ~/notes.txt ');
  });

  it('finds the common prefix', () => {
    expect(commonPrefix(['network', 'netns', 'net'])).toBe('net');
  });
});

describe('the prompt', () => {
  it('tells completion the user and the directory', () => {
    expect(promptPlace('learner@docker-host:~$')).toEqual({ user: 'learner', home: '/home/learner', cwd: '/home/learner' });
    expect(promptPlace('root@docker-host:/etc#')).toEqual({ user: 'root', home: '/root', cwd: '/etc' });
    expect(promptPlace('/ #').cwd).toBeUndefined();
  });
});

describe('lines that need a terminal', () => {
  it('are docker run/exec with -i and -t, attach, start -ai, and interactive programs alone', () => {
    for (const l of ['docker run -it busybox sh', 'docker run --rm -p 8080:80 -ti nginx bash', 'docker exec -i -t web sh', 'docker container exec --interactive --tty web sh', 'sudo docker attach web', 'docker start -ai web', 'bash', 'newgrp docker', 'su - learner'])
      expect([l, needsTerminal(l)]).toEqual([l, true]);
    for (const l of ['docker run -d nginx', 'docker exec web ls', 'docker run -i busybox cat', 'bash -c "id"', 'su -c id learner', 'ls -it', 'docker ps'])
      expect([l, needsTerminal(l)]).toEqual([l, false]);
  });
});
