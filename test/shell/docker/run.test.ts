// docker run / create and what a container's PID 1 does. Texts recorded from docker CLI 28.2.2 +
// Engine 20.10.24 (the real command is in each comment).
import { describe, expect, it } from 'vitest';
import { err, host, out } from './helpers.js';

describe('docker run: a PID 1 that ends', () => {
  it('runs the command at once and exits with its code', () => {
    const h = host();
    // docker run --rm busybox echo hi
    expect(h.run('docker run --rm busybox echo hi')).toEqual(out('hi\n'));
    // docker run --rm busybox sh -c 'echo out; echo err >&2; exit 3'
    expect(h.run("docker run --rm busybox sh -c 'echo out; echo err >&2; exit 3'")).toEqual({ stdout: 'out\n', stderr: 'err\n', exitCode: 3 });
    // docker run --rm -t busybox echo hi: through a terminal, \r\n
    expect(h.run('docker run --rm -t busybox echo hi')).toEqual(out('hi\r\n'));
    // the container is gone with --rm
    expect(h.run('docker ps -aq')).toEqual(out(''));
  });

  it('keeps the container, exited, with its output in the logs', () => {
    const h = host();
    h.run("docker run --name dlt-once busybox sh -c 'echo done'");
    expect(h.run("docker ps -a --format '{{.Names}} {{.Status}} {{.Command}}'").stdout).toMatch(/^dlt-once Exited \(0\) \d+ seconds? ago "sh -c 'echo done'"\n$/);
    expect(h.run('docker logs dlt-once')).toEqual(out('done\n'));
    // docker exec dlt-once ls
    expect(h.run('docker exec dlt-once ls')).toEqual(err(`Error response from daemon: Container ${h.id('dlt-once')} is not running\n`));
  });

  it('fails as runc fails when the executable is missing (127) or not executable (126)', () => {
    const h = host();
    // docker run --rm busybox nosuchcmd
    expect(h.run('docker run --rm busybox nosuchcmd')).toEqual(err('docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nosuchcmd": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information\n', 127));
    // docker run --rm busybox /nosuch/path
    expect(h.run('docker run --rm busybox /nosuch/path').stderr).toContain('exec: "/nosuch/path": stat /nosuch/path: no such file or directory: unknown');
    // docker run --rm busybox /etc/passwd
    expect(h.run('docker run --rm busybox /etc/passwd')).toEqual(err('docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/etc/passwd": permission denied: unknown\n\nRun \'docker run --help\' for more information\n', 126));
    // ubuntu has no ip
    expect(h.run('docker run --rm ubuntu:16.04 ip addr').exitCode).toBe(127);
  });

  it('leaves a container whose start failed Created, with runc\'s error in its state', () => {
    const h = host();
    h.run('docker run --name dlt-x busybox nosuchcmd');
    expect(h.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.StartedAt}}' dlt-x")).toEqual(out('created 127 0001-01-01T00:00:00Z\n'));
    expect(h.run("docker inspect -f '{{.State.Error}}' dlt-x").stdout).toBe('failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nosuchcmd": executable file not found in $PATH: unknown\n');
  });

  it('prints the ID with -d, then the start error (docker run -d busybox nosuchcmd)', () => {
    const h = host();
    const r = h.run('docker run -d --name dlt-d busybox nosuchcmd');
    expect(r.stdout).toBe(`${h.id('dlt-d')}\n`);
    expect(r.exitCode).toBe(127);
  });
});

describe('docker run: a PID 1 that stays up', () => {
  it('a bash without a terminal exits at once; with -t or -i it waits (learners\' mistake 9)', () => {
    const h = host();
    h.run('docker run -d --name dlt-u ubuntu:16.04');
    h.run('docker run -dit --name dlt-it ubuntu:16.04');
    h.run('docker run -d -i --name dlt-i busybox');
    expect(h.run("docker ps -a --format '{{.Names}} {{.State}}'")).toEqual(out('dlt-i running\ndlt-it running\ndlt-u exited\n'));
  });

  it('keeps servers and waiting programs running, with their listeners and logs', () => {
    const h = host();
    h.run('docker run -d --name dlt-web -p 8080:80 httpd');
    h.run('docker run -d --name dlt-sl busybox sleep 3600');
    h.run("docker run -d --name dlt-loop busybox sh -c 'while true; do sleep 1; done'");
    h.run('docker run -d --name dlt-ng nginx');
    expect(h.run("docker ps --format '{{.Names}} {{.Command}}'")).toEqual(out('dlt-ng "/docker-entrypoint.…"\ndlt-loop "sh -c \'while true; …"\ndlt-sl "sleep 3600"\ndlt-web "httpd-foreground"\n'));
    const logs = h.run('docker logs dlt-web');
    expect(logs.stdout).toBe('');
    expect(logs.stderr.split('\n')[0]).toBe("AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message");
    expect(h.run('docker logs dlt-ng').stdout.split('\n')[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
  });

  it('a mysql without a password option refuses to start, as its entrypoint does', () => {
    const h = host();
    h.run('docker run -d --name dlt-db mysql');
    expect(h.run("docker ps -a --format '{{.Names}} {{.Status}}'").stdout).toMatch(/^dlt-db Exited \(1\)/);
    expect(h.run('docker logs dlt-db').stderr).toContain('[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n');
    h.run('docker run -d --name dlt-db2 -e MYSQL_ROOT_PASSWORD=secret mysql');
    expect(h.run("docker ps --format '{{.Names}} {{.Ports}}'")).toEqual(out('dlt-db2 3306/tcp, 33060/tcp\n'));
  });

  it('`docker stop` ends a shell or sleep with 137, a server that handles its stop signal with 0', () => {
    const h = host();
    h.run('docker run -d --name dlt-sl busybox sleep 3600');
    h.run('docker run -d --name dlt-web httpd');
    h.run('docker run -d --name dlt-top busybox top');
    h.run('docker stop dlt-sl dlt-web dlt-top');
    expect(h.run("docker ps -a --format '{{.Names}} {{.Status}}'").stdout.replace(/\) .*$/gm, ')')).toBe('dlt-top Exited (143)\ndlt-web Exited (0)\ndlt-sl Exited (137)\n');
  });

  it('enters the container\'s shell with -it and leaves it with exit (and --rm removes it)', () => {
    const h = host();
    h.run('docker run --rm -it ubuntu:16.04 /bin/bash');
    expect(h.prompt()).toMatch(/^root@[0-9a-f]{12}:\/#$/);
    expect(h.run('cat /etc/issue')).toEqual(out('Ubuntu 16.04.7 LTS \\n \\l\n\n'));
    h.run('exit');
    expect(h.prompt()).toBe('root@docker-host:~#');
    expect(h.run('docker ps -aq')).toEqual(out(''));
    h.run('docker run -it --name dlt-bb busybox');
    expect(h.prompt()).toBe('/ #');
    h.run('exit 3');
    expect(h.run("docker ps -a --format '{{.Status}}'").stdout).toMatch(/^Exited \(3\)/);
  });

  it('reads a piped stdin with -i and no terminal', () => {
    const h = host();
    expect(h.run("echo 'echo piped' | docker run -i --rm busybox sh")).toEqual(out('piped\n'));
    expect(h.run('docker run -i --rm busybox sh')).toEqual(out(''));
  });

  it('does not invent Docker in Docker', () => {
    const h = host();
    expect(h.run('docker run -d docker')).toEqual(err("dockerlings: 'docker run (dockerd in a container (Docker in Docker))' is not simulated yet — try it with --backend docker\n"));
    expect(h.run('docker ps -aq')).toEqual(out(''));
  });
});

describe('docker run and create: errors', () => {
  it('checks -p, --expose and the name before the daemon does', () => {
    const h = host();
    // docker create -p 99999:80 busybox
    expect(h.run('docker create -p 99999:80 busybox')).toEqual(err("docker: invalid hostPort: 99999\n\nRun 'docker create --help' for more information\n", 125));
    // docker create -p abc busybox
    expect(h.run('docker create -p abc busybox').stderr).toBe("docker: invalid containerPort: abc\n\nRun 'docker create --help' for more information\n");
    // docker create -p 8080:80/xyz busybox
    expect(h.run('docker create -p 8080:80/xyz busybox').stderr).toBe("docker: invalid proto: xyz\n\nRun 'docker create --help' for more information\n");
    // docker create -p 1.2.3:80:80 busybox
    expect(h.run('docker create -p 1.2.3:80:80 busybox').stderr).toBe("docker: invalid IP address: 1.2.3\n\nRun 'docker create --help' for more information\n");
    // docker create --expose abc busybox
    expect(h.run('docker create --expose abc busybox').stderr).toBe('docker: invalid range format for --expose: abc, error: strconv.ParseUint: parsing "abc": invalid syntax\n\nRun \'docker create --help\' for more information\n');
    // docker create --name 'bad name' busybox → the daemon's error, plain (create), exit 1
    expect(h.run("docker create --name 'bad name' busybox")).toEqual(err('Error response from daemon: Invalid container name (bad name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n'));
    // docker run --name 'bad name' busybox → "docker: " and exit 125
    expect(h.run("docker run --name 'bad name' busybox")).toEqual(err("docker: Error response from daemon: Invalid container name (bad name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n\nRun 'docker run --help' for more information\n", 125));
  });

  it('reports a name in use, as the daemon words it', () => {
    const h = host();
    h.run('docker run -d --name dlt-a busybox sleep 300');
    // docker run -d --name dlt-a busybox sleep 300 (again)
    expect(h.run('docker run -d --name dlt-a busybox sleep 300')).toEqual(err(`docker: Error response from daemon: Conflict. The container name "/dlt-a" is already in use by container "${h.id('dlt-a')}". You have to remove (or rename) that container to be able to reuse that name.\n\nRun 'docker run --help' for more information\n`, 125));
  });

  it('creates with a missing network or a bridge --ip, and fails at start (Engine 20.10)', () => {
    const h = host();
    expect(h.run('docker create --name dlt-n --network nosuch busybox').exitCode).toBe(0);
    // docker start dlt-n
    expect(h.run('docker start dlt-n')).toEqual(err('Error response from daemon: network nosuch not found\nError: failed to start containers: dlt-n\n'));
    // docker run --rm --ip 172.17.0.9 busybox
    expect(h.run('docker run --rm --ip 172.17.0.9 busybox')).toEqual(err("docker: Error response from daemon: user specified IP address is supported on user defined networks only\n\nRun 'docker run --help' for more information\n", 125));
    // docker create --link nosuch busybox
    expect(h.run('docker create --link nosuch busybox')).toEqual(err('Error response from daemon: could not get container for nosuch: No such container: nosuch\n'));
  });

  it('pulls an image it does not have from the simulated registry, and refuses unknown ones', () => {
    const h = host();
    h.run('docker rmi alpine');
    const r = h.run('docker run --rm alpine echo ok');
    expect(r.stdout).toBe('ok\n');
    expect(r.stderr).toMatch(/^Unable to find image 'alpine:latest' locally\nlatest: Pulling from library\/alpine\n[0-9a-f]{12}: Pulling fs layer\n[0-9a-f]{12}: Verifying Checksum\n[0-9a-f]{12}: Download complete\n[0-9a-f]{12}: Pull complete\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for alpine:latest\n$/);
    // docker run --rm nosuchimage (on a host that reaches Docker Hub)
    expect(h.run('docker run --rm nosuchimage')).toEqual(err("Unable to find image 'nosuchimage:latest' locally\ndocker: Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n\nRun 'docker run --help' for more information\n", 125));
  });

  it('warns that published ports are discarded in host network mode', () => {
    const h = host();
    const r = h.run('docker create --network host -p 80:80 busybox');
    expect(r.stderr).toBe('WARNING: Published ports are discarded when using host network mode\n');
  });

  it('says which flags it does not simulate', () => {
    const h = host();
    expect(h.run('docker run --memory 1g busybox true')).toEqual(err("dockerlings: 'docker run --memory' is not simulated yet — try it with --backend docker\n"));
  });
});
