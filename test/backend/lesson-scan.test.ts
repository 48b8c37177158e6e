import { describe, expect, it } from 'vitest';
import { dockerCall, dockerCalls } from '../../src/backend/docker/docker-words.js';
import { imagesIn, normaliseImage, parsePublish, publishedPortsIn, resourceNamesIn } from '../../src/backend/docker/lesson-scan.js';
import { simpleCommands, strippedCommand } from '../../src/backend/docker/words.js';

describe('reading command lines', () => {
  it('splits lists and pipelines, removes quotes, expands nothing', () => {
    expect(simpleCommands(`docker rm -f pc1 pc2 >/dev/null 2>&1; true`)).toEqual([['docker', 'rm', '-f', 'pc1', 'pc2'], ['true']]);
    expect(simpleCommands(`sudo usermod -aG docker $USER && newgrp docker`)).toEqual([['sudo', 'usermod', '-aG', 'docker', '$USER'], ['newgrp', 'docker']]);
    expect(simpleCommands(`docker inspect -f '{{.State.Running}} x' "a b" | grep -q true # why`)).toEqual([['docker', 'inspect', '-f', '{{.State.Running}} x', 'a b'], ['grep', '-q', 'true']]);
  });

  it('strips sudo, env and assignments', () => {
    expect(strippedCommand(['sudo', '-u', 'root', 'FOO=1', 'ip', 'link'])).toEqual(['ip', 'link']);
    expect(strippedCommand(['env', 'DOCKER_HOST=x', 'docker', 'ps'])).toEqual(['docker', 'ps']);
  });

  it('reads docker calls: shortcuts, global flags, short clusters, the image', () => {
    const c = dockerCall(['docker', '--context', 'x', 'run', '-dit', '--name=web', '-p8080:80', '-v', 'data:/d', '--rm', 'nginx', 'sh', '-c', '--name y']);
    expect(c?.path).toBe('container run');
    expect(c?.args).toEqual(['nginx', 'sh', '-c', '--name y']);
    expect(Object.fromEntries(c?.flags ?? [])).toEqual({ detach: [''], interactive: [''], tty: [''], name: ['web'], publish: ['8080:80'], volume: ['data:/d'], rm: [''] });
    expect(dockerCall(['docker', 'network', 'remove', 'a'])?.path).toBe('network rm');
    expect(dockerCall(['docker', 'rmi', 'x'])?.path).toBe('image rm');
    expect(dockerCall(['ls'])).toBeUndefined();
    expect(dockerCalls('docker exec pc1 ip addr | grep inet')).toHaveLength(1);
  });
});

describe('what a lesson does to names, images and ports', () => {
  // The shipped lesson 09's setup and some of its solutions.
  const lines = [
    'docker rm -f app1 app2 app3 >/dev/null 2>&1; true',
    'docker network rm mynet othernet >/dev/null 2>&1; true',
    'docker network create mynet',
    'docker run -d --name app1 --network mynet busybox sleep 3600',
    'docker run -d -p 127.0.0.1:8080:80 -p 9000-9001:9000-9001/udp -p 80 --name web -v cache:/c -v /srv:/srv nginx',
    'docker volume create --name vol2',
  ];

  it('names that the lesson creates, reuses or removes', () => {
    expect(resourceNamesIn(lines)).toEqual([
      { kind: 'container', name: 'app1' }, { kind: 'container', name: 'app2' }, { kind: 'container', name: 'app3' },
      { kind: 'network', name: 'mynet' }, { kind: 'network', name: 'othernet' },
      { kind: 'container', name: 'web' }, { kind: 'volume', name: 'cache' }, { kind: 'volume', name: 'vol2' },
    ]);
  });

  it('images as docker images names them', () => {
    expect(imagesIn([...lines, 'docker run ubuntu:16.04 true', 'docker run docker.io/library/busybox true'])).toEqual(['busybox', 'nginx', 'ubuntu:16.04']);
    expect(normaliseImage('nicolaka/netshoot')).toBe('nicolaka/netshoot:latest');
    expect(normaliseImage('localhost:5000/x')).toBe('localhost:5000/x:latest');
  });

  it('host ports published with an explicit host port', () => {
    expect(publishedPortsIn(lines)).toEqual([
      { port: 8080, proto: 'tcp', ip: '127.0.0.1' },
      { port: 9000, proto: 'udp' },
      { port: 9001, proto: 'udp' },
    ]);
    expect(parsePublish('[::1]:8443:443')).toEqual([{ port: 8443, proto: 'tcp', ip: '::1' }]);
    expect(parsePublish('80/tcp')).toEqual([]);
  });
});

describe('redirections are not words', () => {
  it.each([
    ['docker rm -f a >/dev/null 2>&1; true', [['docker', 'rm', '-f', 'a'], ['true']]],
    ['docker rm -f a > /dev/null', [['docker', 'rm', '-f', 'a']]],
    ['echo 1 >> /tmp/x b', [['echo', '1', 'b']]],
    ['cat </etc/hosts &>/dev/null | wc', [['cat'], ['wc']]],
    ['cmd 2>&- x', [['cmd', 'x']]],
    ["echo 'a>b'", [['echo', 'a>b']]],
  ])('%s', (line, want) => {
    expect(simpleCommands(line)).toEqual(want);
  });
});
