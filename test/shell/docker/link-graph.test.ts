// Legacy links hold the target container, not its name (daemon/links.go linkIndex). Texts
// recorded from docker CLI 28.2.2 + Engine 20.10.24 (the real commands are in the comments).
import { describe, expect, it } from 'vitest';
import { err, host, out } from './helpers.js';

const LINK_ERR = 'Cannot link to a non running container: /mysql AS /web02/mysql';

function linkedPair() {
  const h = host();
  h.run('docker run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql');
  h.run('docker run -d --name web02 --link mysql:mysql busybox sleep 3600');
  return h;
}

describe('a removed --link target', () => {
  it('docker ps --no-trunc shows the link name on the target, and not on a new container of that name', () => {
    const h = linkedPair();
    // docker ps --no-trunc --format '{{.Names}}'
    expect(h.run("docker ps --no-trunc --format '{{.Names}}'")).toEqual(out('web02\nmysql,web02/mysql\n'));
    h.run('docker rm -f mysql');
    h.run('docker run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql');
    expect(h.run("docker ps --no-trunc --format '{{.Names}}'")).toEqual(out('mysql\nweb02\n'));
  });

  it('docker exec fails, before and after the target is recreated under its name', () => {
    const h = linkedPair();
    h.run('docker rm -f mysql');
    // docker exec web02 cat /etc/hosts
    expect(h.run('docker exec web02 cat /etc/hosts')).toEqual(err(`Error response from daemon: ${LINK_ERR}\n`));
    h.run('docker run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql');
    expect(h.run('docker exec web02 cat /etc/hosts')).toEqual(err(`Error response from daemon: ${LINK_ERR}\n`));
  });

  it('docker restart stops web02 and cannot start it again; docker start says so twice', () => {
    const h = linkedPair();
    h.run('docker rm -f mysql');
    h.run('docker run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql');
    // docker restart web02
    expect(h.run('docker restart web02')).toEqual(err(`Error response from daemon: Cannot restart container web02: ${LINK_ERR}\n`));
    expect(h.run("docker ps -a --filter name=web02 --format '{{.State}} {{.Status}}'").stdout).toMatch(/^exited Exited \(137\) /);
    // docker inspect -f '{{.State.Error}}|{{.State.ExitCode}}' web02
    expect(h.run("docker inspect -f '{{.State.Error}}|{{.State.ExitCode}}' web02")).toEqual(out(`${LINK_ERR}|137\n`));
    // docker start web02
    expect(h.run('docker start web02')).toEqual(err(`Error response from daemon: ${LINK_ERR}\nError: failed to start containers: web02\n`));
  });

  it('a stopped target that starts again is the same container: exec works again', () => {
    const h = linkedPair();
    h.run('docker stop -t 0 mysql');
    expect(h.run('docker exec web02 true')).toEqual(err(`Error response from daemon: ${LINK_ERR}\n`));
    h.run('docker start mysql');
    expect(h.run('docker exec web02 echo ok')).toEqual(out('ok\n'));
  });

  it('a dockerd restart registers the links again by name: a missing target is dropped', () => {
    // On a private engine: rm -f the target, stop web02, restart dockerd; docker start web02
    // works and its /etc/hosts has no link line.
    const h = host();
    h.run('docker run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql');
    h.run('docker run -d --name web02 --link mysql:mysql busybox sleep 3600');
    h.run('docker rm -f mysql');
    h.run('docker stop -t 0 web02');
    h.run('systemctl restart docker');
    expect(h.run('docker start web02')).toEqual(out('web02\n'));
    expect(h.run('docker exec web02 cat /etc/hosts').stdout).not.toContain('mysql');
  });
});
