// The sim pieces the docker CLI needed: directory bind mounts, the per-address port allocator,
// the container list filters, runc's executable lookup, the local volume driver.
import { describe, expect, it } from 'vitest';
import { listContainers } from '../../src/sim/daemon/container-filters.js';
import { lookupExecutable } from '../../src/sim/daemon/container-runtime.js';
import { PortAllocator } from '../../src/sim/daemon/port-allocator.js';
import { createVolume, getVolume, removeVolume } from '../../src/sim/daemon/volumes.js';
import { EngineError } from '../../src/sim/errors.js';
import { SimHost } from '../../src/sim/host.js';
import { FileSystem } from '../../src/sim/kernel/fs.js';

const hostConfig = { networkMode: 'default', portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false, privileged: false, restartPolicy: '', extraHosts: [], dns: [] };

describe('bind mounts of directories', () => {
  it('reads and writes through to the source filesystem', () => {
    const host = new FileSystem();
    host.mkdirp('/srv/data');
    host.writeFile('/srv/data/a', 'A');
    const c = new FileSystem();
    c.mkdirp('/data');
    c.bind('/data', host, '/srv/data');
    expect(c.read('/data/a')).toEqual({ ok: true, content: 'A' });
    c.writeFile('/data/b', 'B');
    expect(host.read('/srv/data/b')).toEqual({ ok: true, content: 'B' });
    c.mkdirp('/data/sub');
    expect(host.lookup('/srv/data/sub')?.type).toBe('dir');
    c.remove('/data/b');
    expect(host.exists('/srv/data/b')).toBe(false);
  });
});

describe('the port allocator', () => {
  it('hands out ephemeral ports per address and protocol', () => {
    const p = new PortAllocator();
    expect(p.request('tcp', '0.0.0.0')).toBe(32768);
    expect(p.request('udp', '0.0.0.0')).toBe(32768);
    expect(p.request('tcp', '0.0.0.0')).toBe(32769);
  });

  it('refuses a taken port, and lets docker-proxy refuse an overlapping address', () => {
    const p = new PortAllocator();
    p.request('tcp', '0.0.0.0', 8080);
    expect(() => p.request('tcp', '0.0.0.0', 8080)).toThrow('Bind for 0.0.0.0:8080 failed: port is already allocated');
    expect(() => p.request('tcp', '127.0.0.1', 8080)).toThrow('Error starting userland proxy: listen tcp4 127.0.0.1:8080: bind: address already in use');
    expect(p.request('udp', '0.0.0.0', 8080)).toBe(8080);
  });
});

describe('GET /containers/json filters', () => {
  it('validates as the daemon does', () => {
    const h = new SimHost();
    expect(() => listContainers(h.daemon, { filters: new Map([['foo', ['x']]]) })).toThrow("Invalid filter 'foo'");
    expect(() => listContainers(h.daemon, { filters: new Map([['status', ['sleeping']]]) })).toThrow("Invalid filter 'status=sleeping'");
    expect(() => listContainers(h.daemon, { filters: new Map([['publish', ['1:2']]]) })).toThrow("filter for 'publish' should not contain ':': 1:2");
  });

  it('matches names as regular expressions, and -n includes stopped containers', () => {
    const h = new SimHost();
    h.engine.containerCreate({ name: 'web1', image: 'busybox', hostConfig });
    h.engine.containerCreate({ name: 'db1', image: 'busybox', hostConfig });
    const names = (o: Parameters<typeof listContainers>[1]) => listContainers(h.daemon, o).map((c) => (c as { Names: string[] }).Names[0]);
    expect(names({ all: true, filters: new Map([['name', ['^/web']]]) })).toEqual(['/web1']);
    expect(names({})).toEqual([]);
    expect(names({ limit: 1 })).toEqual(['/db1']);
  });
});

describe('runc\'s lookup of PID 1', () => {
  it('searches PATH for a name, takes a path as it is', () => {
    const fs = new FileSystem();
    fs.writeFile('/bin/sh', '', { mode: 0o755 });
    fs.writeFile('/etc/passwd', '');
    expect(lookupExecutable(fs, 'sh', '/', '/usr/bin:/bin')).toEqual({ ok: true, path: '/bin/sh' });
    expect(lookupExecutable(fs, 'ip', '/', '/usr/bin:/bin')).toEqual({ ok: false, reason: 'executable file not found in $PATH', exitCode: 127 });
    expect(lookupExecutable(fs, '/nosuch', '/', '/bin')).toEqual({ ok: false, reason: 'stat /nosuch: no such file or directory', exitCode: 127 });
    expect(lookupExecutable(fs, '/etc/passwd', '/', '/bin')).toEqual({ ok: false, reason: 'permission denied', exitCode: 126 });
  });
});

describe('the local volume driver', () => {
  it('creates once, refuses bad names, and keeps a volume in use', () => {
    const h = new SimHost();
    expect(createVolume(h.daemon, { name: 'vol' })).toBe(createVolume(h.daemon, { name: 'vol' }));
    expect(h.kernel.fs.lookup('/var/lib/docker/volumes/vol/_data')?.type).toBe('dir');
    expect(() => createVolume(h.daemon, { name: 'bad name' })).toThrow(EngineError);
    // docker volume create v
    expect(() => createVolume(h.daemon, { name: 'v' })).toThrow('create v: volume name is too short, names should be at least two alphanumeric characters');
    const c = h.engine.containerCreate({ image: 'busybox', hostConfig: { ...hostConfig, binds: ['vol:/data'] } });
    expect(() => removeVolume(h.daemon, 'vol')).toThrow(`remove vol: volume is in use - [${c.id}]`);
    h.engine.containerRemove(c.id);
    removeVolume(h.daemon, 'vol');
    expect(() => getVolume(h.daemon, 'vol')).toThrow('get vol: no such volume');
  });
});

describe('a container\'s process environment', () => {
  it('is PATH, HOSTNAME, the links\' variables, the Env, then HOME (recorded: docker exec web02 env)', async () => {
    const { processEnv } = await import('../../src/sim/daemon/container-env.js');
    const h = new SimHost();
    const db = h.engine.containerCreate({ name: 'dlt-db', image: 'mysql', env: ['MYSQL_ROOT_PASSWORD=secret'], hostConfig });
    h.engine.containerStart(db.id);
    const web = h.engine.containerCreate({ name: 'web02', image: 'busybox', env: ['A=1', 'UNSET'], hostConfig: { ...hostConfig, links: ['dlt-db'] } });
    const env = processEnv(h.daemon, web);
    expect(env.slice(0, 4)).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `HOSTNAME=${web.config.hostname}`, 'DLT_DB_PORT=tcp://172.17.0.2:3306', 'DLT_DB_PORT_3306_TCP=tcp://172.17.0.2:3306']);
    expect(env).toContain('DLT_DB_NAME=/web02/dlt-db');
    expect(env).toContain('DLT_DB_ENV_MYSQL_ROOT_PASSWORD=secret');
    expect(env.some((e) => e.startsWith('UNSET'))).toBe(false);
    expect(env.slice(-2)).toEqual(['A=1', 'HOME=/root']);
  });
});
