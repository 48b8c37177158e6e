// An image's VOLUME (mysql: /var/lib/mysql) gives each container an anonymous volume. Recorded
// from docker CLI 28.2.2 + Engine 20.10.24 (the real commands are in the comments).
import { describe, expect, it } from 'vitest';
import { host, out } from './helpers.js';

describe('anonymous volumes for an image\'s VOLUME', () => {
  it('is mounted at the VOLUME, listed by docker ps and docker volume ls', () => {
    const h = host();
    h.run('docker run -d --name dlt-db -e MYSQL_ROOT_PASSWORD=x mysql');
    const name = h.run('docker volume ls -q').stdout.trim();
    expect(name).toMatch(/^[0-9a-f]{64}$/);
    // docker inspect -f '{{json .Config.Volumes}} {{json .HostConfig.Binds}}' fx1-m2
    expect(h.run("docker inspect -f '{{json .Config.Volumes}} {{json .HostConfig.Binds}}' dlt-db")).toEqual(out('{"/var/lib/mysql":{}} null\n'));
    expect(h.run("docker inspect -f '{{json .Mounts}}' dlt-db")).toEqual(out(`[{"Type":"volume","Name":"${name}","Source":"/var/lib/docker/volumes/${name}/_data","Destination":"/var/lib/mysql","Driver":"local","Mode":"","RW":true,"Propagation":""}]\n`));
    // docker ps --format '{{.Mounts}}|{{.LocalVolumes}}' → b7e34c8f206fb7…|1
    expect(h.run("docker ps --format '{{.Mounts}}|{{.LocalVolumes}}'")).toEqual(out(`${name.slice(0, 14)}…|1\n`));
  });

  it('docker rm -f leaves it; rm -fv and --rm take it away; a named -v there replaces it', () => {
    const h = host();
    h.run('docker run -d --name dlt-a -e MYSQL_ROOT_PASSWORD=x mysql');
    h.run('docker rm -f dlt-a');
    expect(h.run('docker volume ls -q').stdout.split('\n').filter(Boolean)).toHaveLength(1);
    h.run('docker run -d --name dlt-b -e MYSQL_ROOT_PASSWORD=x mysql');
    h.run('docker rm -fv dlt-b');
    h.run('docker run --rm -e MYSQL_ROOT_PASSWORD=x mysql true');
    expect(h.run('docker volume ls -q').stdout.split('\n').filter(Boolean)).toHaveLength(1);
    h.run('docker run -d --name dlt-c -v data:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=x mysql');
    expect(h.run("docker inspect -f '{{range .Mounts}}{{.Name}} {{.Destination}}{{end}}' dlt-c")).toEqual(out('data /var/lib/mysql\n'));
    h.run('docker rm -fv dlt-c');
    // a named volume stays after rm -v
    expect(h.run('docker volume ls -q').stdout).toContain('data\n');
  });
});
