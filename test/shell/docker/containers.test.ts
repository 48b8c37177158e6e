// ps, stop/start/rm/kill/restart/pause/rename/wait, exec, logs, port, top, prune. Texts recorded from
// docker CLI 28.2.2 + Engine 20.10.24 (the real command is in each comment).
import { describe, expect, it } from 'vitest';
import { err, host, hostAs, out } from './helpers.js';

describe('docker ps', () => {
  it('prints the CLI table, with ports compacted and sorted as the formatter does', () => {
    const h = host();
    h.run('docker run -d --name dlt-w -p 18123:80 -p 127.0.0.1:18124:80/udp -p 80 -P httpd');
    // docker ps --format '{{.Names}} {{.Ports}}'
    expect(h.run("docker ps --format '{{.Names}} {{.Ports}}'")).toEqual(out('dlt-w 0.0.0.0:18123->80/tcp, 0.0.0.0:32768->80/tcp, 127.0.0.1:18124->80/udp, [::]:18123->80/tcp, [::]:32768->80/tcp\n'));
    const table = h.run('docker ps').stdout.split('\n');
    expect(table[0]).toBe('CONTAINER ID   IMAGE     COMMAND              CREATED         STATUS         PORTS                                                                                                           NAMES');
    expect(table[1]).toMatch(/^[0-9a-f]{12} {3}httpd {5}"httpd-foreground" {3}\d+ seconds ago {3}Up \d+ seconds {3}0\.0\.0\.0:18123->80\/tcp, .* {3}dlt-w$/);
  });

  it('formats: json, table, -q, --no-trunc, -s, and the template errors', () => {
    const h = host();
    h.run('docker run -d --name dlt-a busybox sleep 600');
    const j = JSON.parse(h.run("docker ps --format '{{json .}}'").stdout) as Record<string, unknown>;
    expect(Object.keys(j)).toEqual(['Command', 'CreatedAt', 'ID', 'Image', 'Labels', 'LocalVolumes', 'Mounts', 'Names', 'Networks', 'Platform', 'Ports', 'RunningFor', 'Size', 'State', 'Status']);
    expect(j.Command).toBe('"sleep 600"');
    expect(j.Size).toBe('0B (virtual 4.26MB)'); // .Size used through json: sizes asked for
    expect((JSON.parse(h.run('docker ps --format json').stdout) as Record<string, unknown>).Size).toBe('0B');
    expect(h.run("docker ps --format 'table {{.ID}}\\t{{.Names}}'").stdout).toMatch(/^CONTAINER ID {3}NAMES\n[0-9a-f]{12} {3}dlt-a\n$/);
    expect(h.run('docker ps -q').stdout).toBe(`${h.id('dlt-a').slice(0, 12)}\n`);
    expect(h.run("docker ps --no-trunc --format '{{.ID}}'").stdout).toBe(`${h.id('dlt-a')}\n`);
    // docker ps -q --format '{{.Names}}'
    expect(h.run("docker ps -q --format '{{.Names}}'").stderr).toBe('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
    // docker ps --format '{{.Foo}}'
    expect(h.run("docker ps --format '{{.Foo}}'")).toEqual(err('failed to execute template: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext\n'));
    // docker ps --format '{{.ID'
    expect(h.run("docker ps --format '{{.ID'")).toEqual(err('failed to parse template: template: :1: unclosed action\n'));
  });

  it('filters as the daemon does, with its errors', () => {
    const h = host();
    h.run('docker run -d --name dlt-fa -p 8080:80 --label tier=web httpd');
    h.run('docker run --name dlt-fc ubuntu:16.04 true');
    expect(h.run("docker ps -a --filter status=exited --format '{{.Names}}'")).toEqual(out('dlt-fc\n'));
    expect(h.run("docker ps --filter publish=8080 --format '{{.Names}}'")).toEqual(out('dlt-fa\n'));
    expect(h.run("docker ps -a --filter ancestor=ubuntu:16.04 --format '{{.Names}}'")).toEqual(out('dlt-fc\n'));
    expect(h.run("docker ps --filter label=tier=web --format '{{.Names}}'")).toEqual(out('dlt-fa\n'));
    // docker ps --filter foo=bar
    expect(h.run('docker ps --filter foo=bar')).toEqual(err("Error response from daemon: Invalid filter 'foo'\n"));
    // docker ps --filter status=foo
    expect(h.run('docker ps --filter status=foo')).toEqual(err("Error response from daemon: Invalid filter 'status=foo'\n"));
  });
});

describe('container lifecycle', () => {
  it('stop, start, restart, kill, rm: names echoed, errors joined, exit 1', () => {
    const h = host();
    h.run('docker run -d --name dlt-a busybox sleep 600');
    expect(h.run('docker stop dlt-a')).toEqual(out('dlt-a\n'));
    expect(h.run('docker stop dlt-a')).toEqual(out('dlt-a\n')); // stopping a stopped container is no error
    expect(h.run('docker start dlt-a dlt-nosuch')).toEqual(err('Error response from daemon: No such container: dlt-nosuch\nError: failed to start containers: dlt-nosuch\n', 1, 'dlt-a\n'));
    expect(h.run('docker kill dlt-a')).toEqual(out('dlt-a\n'));
    expect(h.run("docker inspect -f '{{.State.ExitCode}}' dlt-a")).toEqual(out('137\n'));
    // docker kill dlt-a (not running)
    expect(h.run('docker kill dlt-a')).toEqual(err(`Error response from daemon: Cannot kill container: dlt-a: Container ${h.id('dlt-a')} is not running\n`));
    expect(h.run('docker restart dlt-a')).toEqual(out('dlt-a\n'));
    // docker rm dlt-a (running)
    expect(h.run('docker rm dlt-a')).toEqual(err(`Error response from daemon: You cannot remove a running container ${h.id('dlt-a')}. Stop the container before attempting removal or force remove\n`));
    // docker rm -f dlt-a dlt-nosuch: a missing one is reported, not counted
    expect(h.run('docker rm -f dlt-a dlt-nosuch')).toEqual({ stdout: 'dlt-a\n', stderr: 'Error response from daemon: No such container: dlt-nosuch\n', exitCode: 0 });
  });

  it('pause, unpause, rename, wait', () => {
    const h = host();
    h.run('docker run -d --name dlt-p busybox sleep 600');
    expect(h.run('docker pause dlt-p')).toEqual(out('dlt-p\n'));
    expect(h.run('docker pause dlt-p')).toEqual(err(`Error response from daemon: Container ${h.id('dlt-p')} is already paused\n`));
    expect(h.run("docker ps --format '{{.Status}}'").stdout).toMatch(/^Up \d+ seconds \(Paused\)\n$/);
    expect(h.run('docker exec dlt-p ls')).toEqual(err('Error response from daemon: Container dlt-p is paused, unpause the container before exec\n'));
    expect(h.run('docker unpause dlt-p')).toEqual(out('dlt-p\n'));
    expect(h.run('docker rename dlt-p dlt-p')).toEqual(err('Error response from daemon: Renaming a container with the same name as its current name\nError: failed to rename container named dlt-p\n'));
    expect(h.run("docker rename dlt-p 'bad name'")).toEqual(err('Error response from daemon: Error when allocating new name: Invalid container name (/bad name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\nError: failed to rename container named dlt-p\n'));
    expect(h.run('docker rename dlt-p dlt-q')).toEqual(out(''));
    h.run('docker stop dlt-q');
    expect(h.run('docker wait dlt-q')).toEqual(out('137\n'));
  });

  it('container prune asks first, and removes what is not running', () => {
    const h = host();
    h.run('docker run --name dlt-x busybox true');
    h.run('docker run -d --name dlt-y busybox sleep 600');
    expect(h.run('docker container prune')).toEqual(out('WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] '));
    const x = h.id('dlt-x');
    expect(h.run('docker container prune -f')).toEqual(out(`Deleted Containers:\n${x}\n\nTotal reclaimed space: 0B\n`));
    expect(h.run("echo y | docker container prune")).toEqual(out('WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] Total reclaimed space: 0B\n'));
    expect(h.run("docker ps -a --format '{{.Names}}'")).toEqual(out('dlt-y\n'));
  });
});

describe('docker exec, logs, port, top', () => {
  it('exec runs in the container, with -e and -w, and fails as runc exec fails', () => {
    const h = host();
    h.run('docker run -d --name dlt-e busybox sleep 600');
    expect(h.run('docker exec -e FOO=bar -w /etc dlt-e sh -c \'echo $FOO; pwd\'')).toEqual(out('bar\n/etc\n'));
    // docker exec dlt-e nosuchcmd (the error comes through the attached stream: stdout, CRLF)
    expect(h.run('docker exec dlt-e nosuchcmd')).toEqual(out('OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuchcmd": executable file not found in $PATH: unknown\r\n', 126));
    // docker exec -w /nonexist dlt-e pwd
    expect(h.run('docker exec -w /nonexist dlt-e pwd')).toEqual(out('OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("/nonexist") set in config.json failed: no such file or directory: unknown\r\n', 126));
    expect(h.run('docker exec -t dlt-e echo hi')).toEqual(out('hi\r\n'));
    h.run('docker exec -it dlt-e sh');
    expect(h.prompt()).toBe('/ #');
    h.run('exit');
    expect(h.prompt()).toBe('root@docker-host:~#');
    expect(h.run("docker ps --format '{{.Names}}'")).toEqual(out('dlt-e\n'));
  });

  it('logs --tail and -n', () => {
    const h = host();
    h.run("docker run --name dlt-l busybox sh -c 'echo one; echo two; echo three'");
    expect(h.run('docker logs --tail 2 dlt-l')).toEqual(out('two\nthree\n'));
    expect(h.run('docker logs -n 0 dlt-l')).toEqual(out(''));
    expect(h.run('docker logs dlt-nosuch')).toEqual(err('Error response from daemon: No such container: dlt-nosuch\n'));
  });

  it('port lists the mappings naturally sorted, and says when a port is not published', () => {
    const h = host();
    h.run('docker run -d --name dlt-w -p 8080:80 -p 127.0.0.1:8443:443 httpd');
    expect(h.run('docker port dlt-w')).toEqual(out('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n443/tcp -> 127.0.0.1:8443\n'));
    expect(h.run('docker port dlt-w 80')).toEqual(out('0.0.0.0:8080\n[::]:8080\n'));
    expect(h.run('docker port dlt-w 81')).toEqual(err("Error: No public port '81' published for dlt-w\n"));
    expect(h.run('docker port dlt-w abc')).toEqual(err('Error: invalid port (abc): strconv.ParseUint: parsing "abc": invalid syntax\n'));
  });

  it('top shows the container\'s processes as ps -ef on the host would', () => {
    const h = host();
    h.run('docker run -d --name dlt-t busybox sleep 600');
    const lines = h.run('docker top dlt-t').stdout.split('\n');
    expect(lines[0]).toBe('UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD');
    expect(lines[1]).toMatch(/^root {16}\d+ +\d+ +0 {19}\d\d:\d\d {15}\? {19}00:00:00 {12}sleep 600$/);
  });
});

describe('the socket', () => {
  it('names the first request of each command when the user may not open it', () => {
    const l = hostAs('learner', { learnerInDockerGroup: false });
    const denied = (verb: string, url: string) => `permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: ${verb} "http://%2Fvar%2Frun%2Fdocker.sock${url}": dial unix /var/run/docker.sock: connect: permission denied`;
    // docker ps -a --filter name=x
    expect(l.run('docker ps -a --filter name=x')).toEqual(err(`${denied('Get', '/v1.50/containers/json?all=1&filters=%7B%22name%22%3A%7B%22x%22%3Atrue%7D%7D')}\n`));
    // docker rm -fv x
    expect(l.run('docker rm -fv x')).toEqual(err(`${denied('Delete', '/v1.50/containers/x?force=1&v=1')}\n`));
    // docker start x
    expect(l.run('docker start x')).toEqual(err(`${denied('Post', '/v1.50/containers/x/start')}\nError: failed to start containers: x\n`));
    // docker run busybox: through withHelp, exit 126
    expect(l.run('docker run busybox')).toEqual(err(`docker: ${denied('Head', '/_ping')}\n\nRun 'docker run --help' for more information\n`, 126));
    // docker inspect x: [] first
    expect(l.run('docker inspect x')).toEqual(err(`${denied('Get', '/v1.50/containers/x/json')}\n`, 1, '[]\n'));
    // docker pull busybox
    expect(l.run('docker pull busybox')).toEqual(err(`${denied('Post', '/v1.50/images/create?fromImage=docker.io%2Flibrary%2Fbusybox&tag=latest')}\n`, 1, 'Using default tag: latest\n'));
    // docker version: the client block, then the error
    const v = l.run('docker version');
    expect(v.stdout).toBe('Client:\n Version:           28.2.2\n API version:       1.50\n Go version:        go1.24.3\n Git commit:        e6534b4\n Built:             Fri May 30 12:07:14 2025\n OS/Arch:           linux/amd64\n Context:           default\n');
    expect(v.stderr).toBe(`${denied('Get', '/v1.50/version')}\n`);
    // docker rename a b
    expect(l.run('docker rename a b')).toEqual(err(`${denied('Post', '/v1.50/containers/a/rename?name=b')}\nError: failed to rename container named a\n`));
  });
});
