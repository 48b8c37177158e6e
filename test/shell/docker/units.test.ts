// The pure pieces of the docker CLI model: -p parsing (nat.ParsePortSpec), references
// (distribution/reference), query strings (url.Values), go-units sizes, formatter.Ellipsis,
// formatter.DisplayablePorts, and the PID 1 program model.
import { describe, expect, it } from 'vitest';
import { displayablePorts } from '../../../src/shell/docker/commands/containers/container-context.js';
import { encodeQuery, filtersJson, parseFilters } from '../../../src/shell/docker/commands/format/query.js';
import { bytesSize, ellipsis, humanSize, truncateId } from '../../../src/shell/docker/commands/format/units.js';
import { familiarMatch, parseNormalizedNamed } from '../../../src/shell/docker/commands/images/reference.js';
import { parseExpose, parsePortSpec } from '../../../src/shell/docker/commands/run/publish.js';
import { planPid1 } from '../../../src/shell/docker/commands/run/pid1.js';
import { SimHost } from '../../../src/sim/host.js';

describe('-p and --expose', () => {
  it('reads every form nat.ParsePortSpec reads', () => {
    expect(parsePortSpec('8080:80')).toEqual({ ok: true, value: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: '8080' }] });
    expect(parsePortSpec('127.0.0.1:8080:80/udp')).toEqual({ ok: true, value: [{ containerPort: 80, proto: 'udp', hostIp: '127.0.0.1', hostPort: '8080' }] });
    expect(parsePortSpec('80')).toEqual({ ok: true, value: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: '' }] });
    expect(parsePortSpec('127.0.0.1::80')).toEqual({ ok: true, value: [{ containerPort: 80, proto: 'tcp', hostIp: '127.0.0.1', hostPort: '' }] });
    expect(parsePortSpec('[::1]:8080:80')).toEqual({ ok: true, value: [{ containerPort: 80, proto: 'tcp', hostIp: '::1', hostPort: '8080' }] });
    expect(parsePortSpec('8000-8001:80-81').ok && (parsePortSpec('8000-8001:80-81') as { value: unknown[] }).value).toHaveLength(2);
    expect(parsePortSpec('8000-8010:80')).toEqual({ ok: true, value: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: '8000-8010' }] });
  });

  it('fails with the library\'s texts', () => {
    expect(parsePortSpec('99999:80')).toEqual({ ok: false, error: 'invalid hostPort: 99999' });
    expect(parsePortSpec('abc')).toEqual({ ok: false, error: 'invalid containerPort: abc' });
    expect(parsePortSpec('8080:80/xyz')).toEqual({ ok: false, error: 'invalid proto: xyz' });
    expect(parsePortSpec('1.2.3:80:80')).toEqual({ ok: false, error: 'invalid IP address: 1.2.3' });
    expect(parsePortSpec('8080:')).toEqual({ ok: false, error: 'no port specified: 8080:<empty>' });
    expect(parsePortSpec('8000-8001:80-82')).toEqual({ ok: false, error: 'invalid ranges specified for container and host Ports: 80-82 and 8000-8001' });
    expect(parseExpose('abc')).toEqual({ ok: false, error: 'invalid range format for --expose: abc, error: strconv.ParseUint: parsing "abc": invalid syntax' });
    expect(parseExpose('7000-7001/udp')).toEqual({ ok: true, value: ['7000/udp', '7001/udp'] });
  });
});

describe('references', () => {
  it('normalises and refuses as distribution/reference does', () => {
    expect(parseNormalizedNamed('busybox')).toEqual({ ok: true, ref: { name: 'docker.io/library/busybox' } });
    expect(parseNormalizedNamed('nicolaka/netshoot:latest')).toEqual({ ok: true, ref: { name: 'docker.io/nicolaka/netshoot', tag: 'latest' } });
    expect(parseNormalizedNamed('localhost:5000/app:1')).toEqual({ ok: true, ref: { name: 'localhost:5000/app', tag: '1' } });
    expect(parseNormalizedNamed('BAD:x')).toEqual({ ok: false, error: 'invalid reference format: repository name (library/BAD) must be lowercase' });
    expect(parseNormalizedNamed('a:b:c')).toEqual({ ok: false, error: 'invalid reference format' });
  });

  it('matches `docker images PATTERN` on repo:tag and on repo', () => {
    expect(familiarMatch('busybox', 'busybox:latest')).toBe(true);
    expect(familiarMatch('bus*', 'busybox:latest')).toBe(true);
    expect(familiarMatch('busybox:nosuch', 'busybox:latest')).toBe(false);
    expect(familiarMatch('*', 'nicolaka/netshoot:latest')).toBe(false);
  });
});

describe('formatting', () => {
  it('sizes, IDs and ellipses as go-units, stringid and formatter do', () => {
    expect(humanSize(4_261_550)).toBe('4.26MB');
    expect(humanSize(1_985_754, 4)).toBe('1.986MB');
    expect(humanSize(0)).toBe('0B');
    expect(bytesSize(3977680 * 1024)).toBe('3.793GiB');
    expect(truncateId('sha256:c212159c2ce71c60e3cf8924e7d3140497b048cd815fece1d5beb77d7d7c0b17')).toBe('c212159c2ce7');
    expect(ellipsis("sh -c 'sleep 1000; echo'", 20)).toBe("sh -c 'sleep 1000; …");
    expect(ellipsis('httpd-foreground', 20)).toBe('httpd-foreground');
  });

  it('compacts ranges and lists host mappings last (formatter.DisplayablePorts)', () => {
    expect(displayablePorts([{ PrivatePort: 3306, Type: 'tcp' }, { PrivatePort: 33060, Type: 'tcp' }])).toBe('3306/tcp, 33060/tcp');
    expect(displayablePorts([{ PrivatePort: 7001, Type: 'tcp' }, { PrivatePort: 7000, Type: 'tcp' }, { PrivatePort: 7002, Type: 'tcp' }])).toBe('7000-7002/tcp');
    expect(displayablePorts([{ IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' }, { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' }])).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp');
  });

  it('builds the query strings the API client sends', () => {
    expect(encodeQuery({ all: '1', filters: filtersJson(parseFilters(['name=x', 'status=exited'])) })).toBe('?all=1&filters=%7B%22name%22%3A%7B%22x%22%3Atrue%7D%2C%22status%22%3A%7B%22exited%22%3Atrue%7D%7D');
    expect(encodeQuery({ fromImage: 'docker.io/library/busybox', tag: 'latest' })).toBe('?fromImage=docker.io%2Flibrary%2Fbusybox&tag=latest');
    expect(encodeQuery({ force: undefined })).toBe('');
  });
});

describe('the PID 1 program model', () => {
  const h = new SimHost();
  const plan = (image: string, cmd: readonly string[] | undefined, o: { tty?: boolean; openStdin?: boolean; env?: string[]; entrypoint?: string[] } = {}) => {
    const c = h.engine.containerCreate({ image, ...(cmd ? { cmd } : {}), ...(o.entrypoint ? { entrypoint: o.entrypoint } : {}), env: o.env ?? [], tty: o.tty ?? false, openStdin: o.openStdin ?? false, hostConfig: { networkMode: 'default', portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false, privileged: false, restartPolicy: '', extraHosts: [], dns: [] } });
    return planPid1(h, c, o.tty === true || o.openStdin === true);
  };

  it('keeps servers and waiting programs up, with what they listen on and how they stop', () => {
    expect(plan('httpd', undefined)).toMatchObject({ kind: 'service', stopExit: 0, listeners: [{ proto: 'tcp', port: 80, program: 'httpd' }] });
    // nginx's default.conf: `listen 80;` and (its entrypoint enables it) `listen [::]:80;`, IPv6 only
    expect(plan('nginx', undefined)).toMatchObject({ kind: 'service', stopExit: 0, listeners: [{ port: 80, program: 'nginx', address: '0.0.0.0' }, { port: 80, program: 'nginx', address: '::', v6only: true }] });
    expect(plan('registry:2', undefined)).toMatchObject({ kind: 'service', listeners: [{ port: 5000 }] });
    expect(plan('mysql', undefined, { env: ['MYSQL_ROOT_PASSWORD=x'] })).toMatchObject({ kind: 'service', listeners: [{ port: 3306 }, { port: 33060 }] });
    expect(plan('busybox', ['sleep', 'infinity'])).toMatchObject({ kind: 'service', stopExit: 137 });
    expect(plan('busybox', ['sleep', '5'])).toMatchObject({ kind: 'service', finishesAfter: 5 });
    expect(plan('busybox', ['tail', '-f', '/dev/null'])).toMatchObject({ kind: 'service', stopExit: 137 });
    expect(plan('busybox', ['top'])).toMatchObject({ kind: 'service', stopExit: 143 });
    expect(plan('busybox', ['nc', '-lp', '7000'])).toMatchObject({ kind: 'service', listeners: [{ port: 7000 }] });
    expect(plan('busybox', ['httpd', '-f', '-p', '8000'])).toMatchObject({ kind: 'service', listeners: [{ port: 8000 }] });
    expect(plan('busybox', ['ping', '172.17.0.2'])).toMatchObject({ kind: 'service' });
    expect(plan('busybox', ['sh', '-c', 'while true; do echo hi; sleep 1; done'])).toMatchObject({ kind: 'service' });
    expect(plan('busybox', ['sh', '-c', 'echo start; sleep 3600'])).toMatchObject({ kind: 'service' });
  });

  it('a shell stays up only with a terminal or an open stdin; everything else runs once', () => {
    expect(plan('ubuntu:16.04', undefined)).toMatchObject({ kind: 'once', argv: ['/bin/bash'] });
    expect(plan('ubuntu:16.04', undefined, { tty: true, openStdin: true })).toMatchObject({ kind: 'shell', shell: 'bash' });
    expect(plan('busybox', undefined, { openStdin: true })).toMatchObject({ kind: 'shell', shell: 'sh' });
    expect(plan('busybox', ['echo', 'hi'])).toMatchObject({ kind: 'once', argv: ['echo', 'hi'] });
    expect(plan('busybox', ['ping', '-c', '1', 'x'])).toMatchObject({ kind: 'once' });
    expect(plan('busybox', ['sh', '-c', 'echo hi'])).toMatchObject({ kind: 'once' });
    expect(plan('nginx', ['nginx', '-v'])).toMatchObject({ kind: 'once', argv: ['nginx', '-v'] });
  });

  it('models the images\' entrypoints: mysql\'s refusal, docker\'s CLI, dind not invented', () => {
    expect(plan('mysql', undefined)).toMatchObject({ kind: 'exit', code: 1 });
    expect(plan('docker:cli', ['ps'])).toMatchObject({ kind: 'once', argv: ['docker', 'ps'] });
    expect(plan('docker', undefined)).toEqual({ kind: 'unsupported', what: 'dockerd in a container (Docker in Docker)' });
  });
});
