// What a container's PID 1 is once its entrypoint and its shell have exec'd, and what runs
// before. Texts recorded from docker CLI 28.2.2 + Engine 20.10.24 with the fixture images
// (the real command is in each comment); where the fixture differs from the real image, the
// comment says which one the simulator follows.
import { describe, expect, it } from 'vitest';
import { host, out } from './helpers.js';

describe('docker run: the command is PID 1 itself', () => {
  it('lists ps once, as PID 1', () => {
    const h = host();
    // docker run --rm busybox ps -ef
    expect(h.run('docker run --rm busybox ps -ef')).toEqual(out('PID   USER     COMMAND\n    1 root     ps -ef\n'));
    // docker run --rm ubuntu:16.04 ps → the fixture prints busybox's table (`1 root ps`); the real
    // image's procps prints its own, with ps as PID 1 only
    expect(h.run('docker run --rm ubuntu:16.04 ps').stdout).toMatch(/^ +PID TTY +TIME CMD\n +1 \? +00:00:00 ps\n$/);
  });

  it('a shell as PID 1 forks what it runs: busybox applets keep the shell\'s command line', () => {
    const h = host();
    // docker run --rm busybox sh -c 'ps; echo hi'
    expect(h.run("docker run --rm busybox sh -c 'ps; echo hi'")).toEqual(out('PID   USER     COMMAND\n    1 root     sh -c ps; echo hi\n    7 root     {ps} sh -c ps; echo hi\nhi\n'));
  });
});

describe('docker run -d: a script that ends waiting', () => {
  it('runs the commands before its last one, and busybox sh execs that one as PID 1', () => {
    const h = host();
    h.run("docker run -d --name dlt-s1 busybox sh -c 'echo x > /tmp/f; sleep 3600'");
    // docker exec dlt-s1 cat /tmp/f
    expect(h.run('docker exec dlt-s1 cat /tmp/f')).toEqual(out('x\n'));
    // docker exec dlt-s1 ps (the second exec: 7 + 6)
    expect(h.run('docker exec dlt-s1 ps')).toEqual(out('PID   USER     COMMAND\n    1 root     sleep 3600\n   13 root     ps\n'));
  });

  it('logs what the head wrote; a dash script forks its last command (sleep is PID 7, the exec 8)', () => {
    const h = host();
    h.run("docker run -d --name dlt-s3 ubuntu:16.04 sh -c 'echo hi; sleep 3600'");
    expect(h.run('docker logs dlt-s3')).toEqual(out('hi\n'));
    // docker exec dlt-s3 ps (busybox in the fixture): 1 sh -c echo hi; sleep 3600, 7 sleep 3600, 8 ps
    expect(h.run("docker exec dlt-s3 ps -o pid= -o comm=").stdout).toMatch(/^ +1 sh\n +7 sleep\n +8 ps\n$/);
    expect(h.run("docker ps --format '{{.Names}} {{.Status}}'").stdout).toMatch(/^dlt-s3 Up \d+ seconds\n$/);
  });

  it('leaves a head it cannot run whole alone: PID 1 stays the shell, waiting, with nothing logged', () => {
    const h = host();
    h.run("docker run -d --name dlt-tr busybox sh -c 'trap \"exit 0\" TERM; sleep 3600'");
    expect(h.run('docker logs dlt-tr')).toEqual(out(''));
    expect(h.run("docker ps --format '{{.Names}} {{.State}}'")).toEqual(out('dlt-tr running\n'));
    expect(h.run('docker exec dlt-tr ps').stdout).toContain('    1 root     sh -c trap "exit 0" TERM; sleep 3600\n');
  });

  it('ends with the head\'s status when `&&` joins it to the waiting command', () => {
    const h = host();
    // docker run -d --name dlt-s4 busybox sh -c 'false && sleep 3600'; docker wait dlt-s4 → 1
    h.run("docker run -d --name dlt-s4 busybox sh -c 'false && sleep 3600'");
    expect(h.run('docker wait dlt-s4')).toEqual(out('1\n'));
  });
});

/** The CMD column of `docker top`'s only line. */
function pid1Of(h: ReturnType<typeof host>, name: string): string {
  const lines = h.run(`docker top ${name}`).stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  return (lines[1] ?? '').replace(/^(\S+\s+){7}/, '');
}

describe('entrypoints exec their command', () => {
  it('docker:cli: PID 1 is the command, not docker-entrypoint.sh', () => {
    const h = host();
    h.run('docker run -d --name dlt-tb -v /var/run/docker.sock:/var/run/docker.sock docker:cli sleep 7200');
    // docker exec dlt-tb ps
    expect(h.run('docker exec dlt-tb ps')).toEqual(out('PID   USER     COMMAND\n    1 root     sleep 7200\n    7 root     ps\n'));
  });

  it('httpd-foreground execs `httpd -DFOREGROUND` (the real image; the fixture runs busybox httpd)', () => {
    const h = host();
    h.run('docker run -d --name dlt-web httpd');
    expect(pid1Of(h, 'dlt-web')).toBe('httpd -DFOREGROUND');
  });

  it('nginx retitles its master process; the registry serves its configuration', () => {
    const h = host();
    h.run('docker run -d --name dlt-ng nginx');
    h.run('docker run -d --name dlt-reg registry:2');
    expect(pid1Of(h, 'dlt-ng')).toBe('nginx: master process nginx -g daemon off;');
    expect(pid1Of(h, 'dlt-reg')).toBe('registry serve /etc/docker/registry/config.yml');
  });
});

describe('Docker in Docker: the docker image\'s entrypoint', () => {
  it('points the CLI at tcp://docker:2375 when no socket is mounted', () => {
    const h = host();
    // docker run --rm docker:cli docker ps: the real CLI 28 fails to reach tcp://docker:2375. What
    // it says depends on the DNS: on the reference machine, whose resolver refuses, `Cannot
    // connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?`; behind
    // a resolver that answers NXDOMAIN (the simulated machine's; observed with `--dns` pointing
    // at one), the lookup error below.
    expect(h.run('docker run --rm docker:cli docker ps')).toEqual({ stdout: '', stderr: 'error during connect: Get "http://docker:2375/v1.50/containers/json": dial tcp: lookup docker on 10.0.2.3:53: no such host\n', exitCode: 1 });
    // docker run --rm docker:cli env | grep DOCKER_HOST
    expect(h.run('docker run --rm docker:cli env').stdout).toContain('DOCKER_HOST=tcp://docker:2375\n');
  });

  it('uses the mounted socket, which shows the host\'s docker group as a number', () => {
    const h = host();
    h.run('docker run -d --name dlt-tb -v /var/run/docker.sock:/var/run/docker.sock docker:cli sleep 7200');
    // docker exec dlt-tb ls -l /var/run/docker.sock → srw-rw----    1 root     105 … (105: the
    // reference host's docker group; the simulated Ubuntu host's is 999)
    expect(h.run('docker exec dlt-tb ls -l /var/run/docker.sock').stdout).toMatch(/^srw-rw---- {4}1 root {5}999 +0 \w{3} [ \d]\d \d\d:\d\d \/var\/run\/docker\.sock\n$/);
    // docker exec dlt-tb stat -c %g /var/run/docker.sock
    expect(h.run('docker exec dlt-tb stat -c %g /var/run/docker.sock')).toEqual(out('999\n'));
    expect(h.run("docker exec dlt-tb docker ps --format '{{.Names}}'")).toEqual(out('dlt-tb\n'));
  });
});
