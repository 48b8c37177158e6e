// The CLI's help and usage behaviour, as docker/cli 28.2.2 (cobra) prints it. Recorded with the real
// client (see help-capture/): every text below is its output.
import { describe, expect, it } from 'vitest';
import { HELP as CONTAINER_HELP } from '../../../src/shell/docker/commands/help/help-container.js';
import { HELP as GROUP_HELP } from '../../../src/shell/docker/commands/help/help-groups.js';
import { err, host, out } from './helpers.js';

describe('docker help and usage errors', () => {
  it('prints a command help on stdout for --help, with -h noted as deprecated', () => {
    const h = host();
    // docker ps --help
    expect(h.run('docker ps --help')).toEqual(out(CONTAINER_HELP['docker ps'] as string));
    // docker ps -h → "Flag shorthand -h has been deprecated, use --help" then the help, both on stdout
    expect(h.run('docker ps -h')).toEqual(out(`Flag shorthand -h has been deprecated, use --help\n${CONTAINER_HELP['docker ps']}`));
    // docker help ps
    expect(h.run('docker help ps')).toEqual(out(CONTAINER_HELP['docker ps'] as string));
    // docker --help ps
    expect(h.run('docker --help ps').stdout).toBe(CONTAINER_HELP['docker ps']);
  });

  it('gives an alias its own usage line: docker container ls, docker container list', () => {
    const h = host();
    const r = h.run('docker container list --help');
    expect(r.stdout.split('\n')[0]).toBe('Usage:  docker container ls [OPTIONS]');
    expect(r.stdout.split('\n').slice(1).join('\n')).toBe((CONTAINER_HELP['docker ps'] as string).split('\n').slice(1).join('\n'));
    // docker container list --foo
    expect(h.run('docker container list --foo')).toEqual(err("unknown flag: --foo\n\nUsage:  docker container ls [OPTIONS]\n\nRun 'docker container ls --help' for more information\n", 125));
  });

  it('prints a group help on stderr, exit 0, when the group is given alone', () => {
    const h = host();
    // docker container (help on stderr, rc 0)
    expect(h.run('docker container')).toEqual({ stdout: '', stderr: GROUP_HELP['docker container'], exitCode: 0 });
    // docker (root help on stderr, rc 0), its config paths under the user's HOME
    const root = h.run('docker');
    expect(root.exitCode).toBe(0);
    expect(root.stdout).toBe('');
    expect(root.stderr).toContain('(default\n                           "/root/.docker")');
    expect(host('learner').run('docker --help').stdout).toContain('"/home/learner/.docker/ca.pem")');
  });

  it('answers a flag error in a group with the group usage, and an unknown subcommand with exit 1', () => {
    const h = host();
    // docker container --foo
    expect(h.run('docker container --foo')).toEqual(err("unknown flag: --foo\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n", 125));
    // docker image foo
    expect(h.run('docker image foo')).toEqual(err("docker: unknown command: docker image foo\n\nUsage:  docker image\n\nRun 'docker image --help' for more information\n"));
    // docker runn
    expect(h.run('docker runn')).toEqual(err("docker: unknown command: docker runn\n\nRun 'docker --help' for more information\n"));
    // docker help foo
    expect(h.run('docker help foo')).toEqual(err('unknown help topic: foo\n'));
    // docker container --help ls: cobra finds the subcommand past --help
    expect(h.run('docker container --help ls').stdout.split('\n')[0]).toBe('Usage:  docker container ls [OPTIONS]');
  });

  it('counts arguments as cobra does, including the CLI 28 "SRun" typo of RequiresMaxArgs', () => {
    const h = host();
    // docker run
    expect(h.run('docker run')).toEqual(err("docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n"));
    // docker logs a b
    expect(h.run('docker logs a b')).toEqual(err("docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n"));
    // docker ps a
    expect(h.run('docker ps a')).toEqual(err("docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"));
    // docker images a b
    expect(h.run('docker images a b')).toEqual(err("docker: 'docker images' requires at most 1 argument\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nSRun 'docker images --help' for more information\n"));
  });

  it('validates flag values while parsing (--filter, --add-host), exit 125 with the usage', () => {
    const h = host();
    // docker ps --filter foo
    expect(h.run('docker ps --filter foo')).toEqual(err('invalid argument "foo" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker ps [OPTIONS]\n\nRun \'docker ps --help\' for more information\n', 125));
    // docker create --add-host foo busybox
    expect(h.run('docker create --add-host foo busybox')).toEqual(err('invalid argument "foo" for "--add-host" flag: bad format for add-host: "foo"\n\nUsage:  docker create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker create --help\' for more information\n', 125));
  });

  it('says plainly what it does not simulate, with real help and argument checks kept', () => {
    const h = host();
    expect(h.run('docker build .')).toEqual(err("dockerlings: 'docker build' is not simulated yet — try it with --backend docker\n"));
    expect(h.run('docker image push x').stderr).toBe("dockerlings: 'docker image push' is not simulated yet — try it with --backend docker\n");
    expect(h.run('docker plugin ls')).toEqual(err("dockerlings: 'docker plugin ls' is not simulated yet — try it with --backend docker\n"));
    expect(h.run('docker compose up -d')).toEqual(err("dockerlings: 'docker compose' is not simulated yet — try it with --backend docker\n"));
    // docker cp → cobra's exact-args error still applies
    expect(h.run('docker cp a').stderr).toBe("docker: 'docker cp' requires 2 arguments\n\nUsage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\nRun 'docker cp --help' for more information\n");
    expect(h.run('docker plugin').stderr).toBe(GROUP_HELP['docker plugin']);
  });
});
