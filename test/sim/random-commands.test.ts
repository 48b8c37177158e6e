import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../src/shell/index.js';
import { brokenInvariants } from './invariants.js';

// Random command sequences, from what learners type (and get wrong) to plain garbage:
// the shell never throws, every result is well-formed, and the engine's invariants hold
// after every single command.
const name = fc.constantFrom('web1', 'web2', 'db', 'app');
const net = fc.constantFrom('mynet', 'othernet', 'bridge', 'host', 'none', 'nosuch');
const image = fc.constantFrom('busybox', 'alpine', 'httpd', 'nginx', 'ubuntu:16.04', 'nosuch:1');
const port = fc.constantFrom('8080:80', '8081:80', '80', '127.0.0.1:8080:80', '8080:80/udp', 'x:y');

const dockerLine = fc.oneof(
  fc.tuple(name, fc.option(net), fc.option(port), image).map(([n, nw, p, img]) => `docker run -d --name ${n}${nw ? ` --network ${nw}` : ''}${p ? ` -p ${p}` : ''} ${img} sleep 3600`),
  fc.tuple(name, image).map(([n, img]) => `docker run -d --name ${n} ${img}`),
  fc.tuple(name, name).map(([n, l]) => `docker run -d --name ${n} --link ${l} busybox sleep 3600`),
  image.map((img) => `docker run --rm ${img} echo hi`),
  net.map((n) => `docker network create ${n}`),
  net.map((n) => `docker network rm ${n}`),
  fc.tuple(net, name).map(([n, c]) => `docker network connect ${n} ${c}`),
  fc.tuple(net, name).map(([n, c]) => `docker network disconnect ${n} ${c}`),
  fc.tuple(fc.constantFrom('stop', 'start', 'restart', 'kill', 'rm', 'rm -f', 'pause', 'unpause'), name).map(([v, c]) => `docker ${v} ${c}`),
  fc.tuple(name, name).map(([a, b]) => `docker exec ${a} ping -c 1 -W 1 ${b}`),
  fc.constantFrom('docker ps -a', 'docker network prune -f', 'docker container prune -f', 'ip addr', 'iptables -t nat -S', 'brctl show', 'ps -ef', 'exit', 'sudo usermod -aG docker learner', 'newgrp docker'),
);

const garbage = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[a-z |&;><'"$(){}\\-]{0,30}$/),
  fc.array(fc.constantFrom('docker', 'run', '-d', '--name', '-p', '--network', 'web1', '"', "'", '|', '&&', '>', '$(', ')', '--', 'busybox', 'sh', '-c'), { maxLength: 8 }).map((w) => w.join(' ')),
);

describe('random command lines', () => {
  it('never crash the shell and never break the engine', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 4, arbitrary: dockerLine }, { weight: 1, arbitrary: garbage }), { minLength: 1, maxLength: 25 }), fc.constantFrom('root', 'learner'), (lines, user) => {
        const session = createShellSession({ user });
        for (const line of lines) {
          const r = session.run(line);
          expect(typeof r.stdout).toBe('string');
          expect(typeof r.stderr).toBe('string');
          expect(Number.isInteger(r.exitCode) && r.exitCode >= 0 && r.exitCode <= 255).toBe(true);
          const broken = brokenInvariants(session.host);
          if (broken.length > 0) throw new Error(`after "${line}":\n${broken.join('\n')}`);
        }
      }),
      { numRuns: Number(process.env.DOCKERLINGS_PROPERTY_RUNS ?? 150), seed: Number(process.env.DOCKERLINGS_PROPERTY_SEED ?? 20261122) },
    );
  });

  it('the invariants catch a broken engine', () => {
    // The check itself must be able to fail: break a veth pair and a hosts file by hand.
    const session = createShellSession({ user: 'root' });
    session.run('docker run -d --name web1 busybox sleep 3600');
    expect(brokenInvariants(session.host)).toEqual([]);
    const veth = session.host.kernel.net.list('host').find((d) => d.kind === 'veth');
    if (veth) delete veth.link;
    const c = session.host.engine.container('web1');
    session.host.kernel.fs.writeFile(`/var/lib/docker/containers/${c.id}/hosts`, '127.0.0.1\tlocalhost\n');
    expect(brokenInvariants(session.host)).toEqual([
      `veth ${veth?.name} (#${veth?.index} in host) has no peer`,
      `veth eth0's peer ${veth?.name} points elsewhere`,
      "web1's /etc/hosts lacks its address 172.17.0.2",
    ]);
  });
});
