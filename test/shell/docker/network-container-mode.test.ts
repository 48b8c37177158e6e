// `--network container:OWNER`: the joiner shares the owner's network namespace and, from its
// start, the owner's hostname and its hosts, hostname and resolv.conf files
// (initializeNetworkingPaths). Recorded from docker CLI 28.2.2 + Engine 20.10.24.
import { describe, expect, it } from 'vitest';
import { host, out } from './helpers.js';

const HOSTS_HEAD = '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n';

describe('a container joining another\'s network namespace', () => {
  it('takes the owner\'s hostname and files; localhost reaches the owner\'s server', () => {
    const h = host();
    h.run('docker run -d --name dlt-own httpd');
    h.run('docker run -d --name dlt-j --network container:dlt-own busybox sleep 3600');
    const owner = h.id('dlt-own');
    const short = owner.slice(0, 12);
    // docker exec dlt-j hostname
    expect(h.run('docker exec dlt-j hostname')).toEqual(out(`${short}\n`));
    // docker exec dlt-j cat /etc/hosts: the owner's file, its address and hostname last
    expect(h.run('docker exec dlt-j cat /etc/hosts')).toEqual(out(`${HOSTS_HEAD}172.17.0.2\t${short}\n`));
    expect(h.run('docker exec dlt-j cat /etc/hostname')).toEqual(out(`${short}\n`));
    // docker inspect -f '{{.Config.Hostname}}|{{.HostsPath}}|{{.HostnamePath}}|{{.ResolvConfPath}}' dlt-j
    const dir = `/var/lib/docker/containers/${owner}`;
    expect(h.run("docker inspect -f '{{.Config.Hostname}}|{{.HostsPath}}|{{.HostnamePath}}|{{.ResolvConfPath}}' dlt-j")).toEqual(out(`${short}|${dir}/hosts|${dir}/hostname|${dir}/resolv.conf\n`));
    // docker exec dlt-j wget -qO- localhost
    expect(h.run('docker exec dlt-j wget -qO- localhost')).toEqual(out('<html><body><h1>It works!</h1></body></html>\n'));
    // docker exec dlt-j env
    expect(h.run('docker exec dlt-j env')).toEqual(out(`PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=${short}\nHOME=/root\n`));
  });
});
