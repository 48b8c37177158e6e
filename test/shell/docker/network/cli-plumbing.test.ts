import { describe, expect, it } from 'vitest';
import { NETWORK_HELP } from '../../../../src/shell/docker/network/help-texts.js';
import { err, ok, shell } from './session.js';

// Recorded from the docker CLI 28.2.2 on this machine; `runuser -u nobody -- docker …` shows
// the first request each command makes (the URL its permission-denied error names).
const SOCK = 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock';
const denied = (verb: string, path: string) => `${SOCK}: ${verb} "http://%2Fvar%2Frun%2Fdocker.sock${path}": dial unix /var/run/docker.sock: connect: permission denied\n`;

describe('the first request of each command (outside the docker group)', () => {
  const cases: [string, ReturnType<typeof err>][] = [
    ['docker network ls', err(denied('Get', '/v1.50/networks'))],
    ['docker network ls -f driver=bridge', err(denied('Get', '/v1.50/networks?filters=%7B%22driver%22%3A%7B%22bridge%22%3Atrue%7D%7D'))],
    ['docker network ls --filter name=a --filter type=custom', err(denied('Get', '/v1.50/networks?filters=%7B%22name%22%3A%7B%22a%22%3Atrue%7D%2C%22type%22%3A%7B%22custom%22%3Atrue%7D%7D'))],
    ['docker network create x', err(denied('Head', '/_ping'))],
    // …and the CLI's own StatusError line after the daemon errors:
    ['docker network rm x', err(`${denied('Delete', '/v1.50/networks/x')}exit status 1\n`)],
    ['docker network rm x y', err(`${denied('Delete', '/v1.50/networks/x')}${denied('Delete', '/v1.50/networks/y')}exit status 1\n`)],
    ['docker network inspect bridge', err(denied('Get', '/v1.50/networks/bridge'), 1, '[]\n')],
    ['docker network inspect -f {{.Id}} bridge', err(denied('Get', '/v1.50/networks/bridge'), 1, '\n')],
    ['docker network connect a b', err(denied('Post', '/v1.50/networks/a/connect'))],
    ['docker network disconnect a b', err(denied('Post', '/v1.50/networks/a/disconnect'))],
    ['docker network prune -f', err(denied('Head', '/_ping'))],
    ['docker swarm init', err(denied('Post', '/v1.50/swarm/init'))],
    ['docker swarm leave', err(denied('Post', '/v1.50/swarm/leave'))],
    ['docker swarm leave -f', err(denied('Post', '/v1.50/swarm/leave?force=1'))],
    ['docker swarm join 1.2.3.4:2377', err(denied('Post', '/v1.50/swarm/join'))],
    ['docker swarm join-token worker', err(denied('Get', '/v1.50/swarm'))],
    ['docker node ls', err(denied('Get', '/v1.50/nodes'))],
  ];
  for (const [line, want] of cases) it(line, () => expect(shell({ outsider: true }).run(line)).toEqual(want));

  it('docker network prune asks before it dials; a "n" ends it there (exit 0)', () => {
    const prompt = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ';
    expect(shell({ outsider: true }).run('echo n | docker network prune')).toEqual(ok(prompt));
    expect(shell({ outsider: true }).run('echo y | docker network prune')).toEqual(err(denied('Head', '/_ping'), 1, prompt));
  });

  it('a template that does not parse fails before any request (exit 64)', () => {
    expect(shell({ outsider: true }).run("docker network inspect -f '{{.Name' x")).toEqual(err('template parsing error: template: :1: unclosed action\n', 64));
  });
});

describe('usage errors and help', () => {
  const usage = (path: string, args: string, verb: 'Run' | 'See', what: string) => err(`docker: '${path}' ${what}\n\nUsage:  ${path} ${args}\n\n${verb} '${path} --help' for more information\n`);
  const cases: [string, ReturnType<typeof err>][] = [
    ['docker network ls extra', usage('docker network ls', '[OPTIONS]', 'Run', 'accepts no arguments')],
    ['docker network create', usage('docker network create', '[OPTIONS] NETWORK', 'Run', 'requires 1 argument')],
    ['docker network create a b', usage('docker network create', '[OPTIONS] NETWORK', 'Run', 'requires 1 argument')],
    ['docker network connect x', usage('docker network connect', '[OPTIONS] NETWORK CONTAINER', 'Run', 'requires 2 arguments')],
    ['docker network inspect', usage('docker network inspect', '[OPTIONS] NETWORK [NETWORK...]', 'See', 'requires at least 1 argument')],
    ['docker network rm', usage('docker network rm', 'NETWORK [NETWORK...]', 'See', 'requires at least 1 argument')],
    ['docker network prune x', usage('docker network prune', '[OPTIONS]', 'Run', 'accepts no arguments')],
    ['docker swarm leave x', usage('docker swarm leave', '[OPTIONS]', 'Run', 'accepts no arguments')],
    ['docker swarm init x', usage('docker swarm init', '[OPTIONS]', 'Run', 'accepts no arguments')],
    ['docker swarm join', usage('docker swarm join', '[OPTIONS] HOST:PORT', 'Run', 'requires 1 argument')],
    ['docker swarm join-token', usage('docker swarm join-token', '[OPTIONS] (worker|manager)', 'Run', 'requires 1 argument')],
    ['docker network create --foo x', err("unknown flag: --foo\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun 'docker network create --help' for more information\n", 125)],
    ['docker network ls -f noequals', err('invalid argument "noequals" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker network ls [OPTIONS]\n\nRun \'docker network ls --help\' for more information\n', 125)],
    ['docker swarm join-token foo', err('unknown role foo\n')],
  ];
  for (const [line, want] of cases) it(line, () => expect(shell().run(line)).toEqual(want));

  it('--help prints the real CLI’s text; `docker network list` and `remove` are aliases', () => {
    expect(shell().run('docker network create --help')).toEqual(ok(NETWORK_HELP['docker network create'] as string));
    expect(shell().run('docker network list --help')).toEqual(ok(NETWORK_HELP['docker network ls'] as string));
    expect(shell().run('docker network remove --help')).toEqual(ok(NETWORK_HELP['docker network rm'] as string));
    expect(shell().run('docker swarm --help')).toEqual(ok(NETWORK_HELP['docker swarm'] as string));
    expect(NETWORK_HELP['docker network']).toBe(`Usage:  docker network COMMAND

Manage networks

Commands:
  connect     Connect a container to a network
  create      Create a network
  disconnect  Disconnect a container from a network
  inspect     Display detailed information on one or more networks
  ls          List networks
  prune       Remove all unused networks
  rm          Remove one or more networks

Run 'docker network COMMAND --help' for more information on a command.
`);
  });
});
