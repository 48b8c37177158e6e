// Fields of docker ps and docker inspect checked against docker CLI 28.2.2 + Engine 20.10.24
// (the real commands are in the comments).
import { describe, expect, it } from 'vitest';
import { host, out } from './helpers.js';

describe('docker ps: mounts', () => {
  it('{{.Mounts}} names each mount by its volume name or source; {{.LocalVolumes}} counts the local driver\'s', () => {
    const h = host();
    // docker run -d --name fx1-m -v /tmp/fx1/src:/data busybox sleep 3600 (one mount each: with
    // several, dockerd lists them in a Go map's random order)
    h.run('docker run -d --name dlt-b -v /tmp/src:/data busybox sleep 3600');
    h.run('docker run -d --name dlt-v -v dlt-vol:/v busybox sleep 3600');
    h.run('docker run -d --name dlt-long -v dlt-a-rather-long-volume-name:/v busybox sleep 3600');
    // docker ps --format '{{.Names}}|{{.Mounts}}|{{.LocalVolumes}}'
    expect(h.run("docker ps --format '{{.Names}}|{{.Mounts}}|{{.LocalVolumes}}'")).toEqual(out('dlt-long|dlt-a-rather-l…|1\ndlt-v|dlt-vol|1\ndlt-b|/tmp/src|0\n'));
    expect(h.run("docker ps --no-trunc --filter name=dlt-long --format '{{.Mounts}}'")).toEqual(out('dlt-a-rather-long-volume-name\n'));
  });
});

describe('docker inspect: HostConfig and GraphDriver', () => {
  it('keeps --dns-search and --dns-option', () => {
    const h = host();
    h.run('docker run -d --name dlt-dn --dns-search example.com --dns-option ndots:2 --dns 10.1.1.1 busybox sleep 3600');
    // docker inspect -f '{{json .HostConfig.Dns}} {{json .HostConfig.DnsSearch}} {{json .HostConfig.DnsOptions}}' fx1-dn
    expect(h.run("docker inspect -f '{{json .HostConfig.Dns}} {{json .HostConfig.DnsSearch}} {{json .HostConfig.DnsOptions}}' dlt-dn")).toEqual(out('["10.1.1.1"] ["example.com"] ["ndots:2"]\n'));
    h.run('docker run -d --name dlt-plain busybox sleep 3600');
    expect(h.run("docker inspect -f '{{json .HostConfig.DnsSearch}} {{json .HostConfig.DnsOptions}}' dlt-plain")).toEqual(out('[] []\n'));
  });

  it('the read-write layer has its own ID, over its -init layer and the image\'s layers', () => {
    const h = host();
    h.run('docker run -d --name dlt-g busybox sleep 3600');
    const id = h.id('dlt-g');
    const g = JSON.parse(h.run("docker inspect -f '{{json .GraphDriver.Data}}' dlt-g").stdout) as Record<string, string>;
    const image = JSON.parse(h.run("docker image inspect -f '{{json .GraphDriver.Data}}' busybox").stdout) as Record<string, string>;
    const layer = /^\/var\/lib\/docker\/overlay2\/([0-9a-f]{64})\/diff$/.exec(g.UpperDir ?? '')?.[1] ?? '';
    expect(layer).not.toBe('');
    expect(layer).not.toBe(id);
    expect(g).toEqual({
      LowerDir: `/var/lib/docker/overlay2/${layer}-init/diff:${image.UpperDir}`,
      MergedDir: `/var/lib/docker/overlay2/${layer}/merged`,
      UpperDir: `/var/lib/docker/overlay2/${layer}/diff`,
      WorkDir: `/var/lib/docker/overlay2/${layer}/work`,
    });
    // docker exec c grep overlay /proc/mounts: upperdir is that layer's
    expect(h.run('docker exec dlt-g mount').stdout).toContain(`upperdir=/var/lib/docker/overlay2/${layer}/diff,workdir=/var/lib/docker/overlay2/${layer}/work`);
  });
});
