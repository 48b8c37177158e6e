import { describe, expect, it } from 'vitest';
import { isReadOnly } from '../../src/course/read-only.js';

describe('read-only checks', () => {
  it.each([
    "docker network inspect -f '{{.Driver}}' mynet",
    'docker inspect -f "{{.NetworkSettings.IPAddress}}" web1',
    'docker exec web2 cat /etc/hosts',
    'docker exec -u root web2 ip addr show eth0',
    'ip link show master docker0',
    'ip addr show docker0',
    'iptables -t nat -S DOCKER',
    'sudo iptables -t nat -L DOCKER -n',
    'docker ps --format {{.Names}} | grep -c web',
    'ps -ef | grep [d]ocker-proxy',
    'id -nG learner',
    'curl -s localhost:8080',
    'docker port web 2>&1',
    'ls -l /var/run/docker.sock 2>/dev/null',
  ])('accepts %s', (line) => {
    expect(isReadOnly(line)).toEqual({ ok: true });
  });

  it.each([
    ['docker network create mynet', "'docker network create' changes state"],
    ['docker run -d busybox', "'docker run' changes state"],
    ['docker exec web rm -rf /', "'rm' is not a known read-only command"],
    ['ip link add x type veth', "'ip link add' changes state"],
    ['iptables -I DOCKER-USER -j DROP', 'iptables may only list rules (-L, -S) in a check'],
    ['cat /etc/hosts > /tmp/x', 'it redirects output into a file'],
    ['ls; usermod -aG docker learner', "'usermod' is not a known read-only command"],
    ['curl -X POST localhost', 'curl may only GET without saving in a check'],
    ['ssh docker-host2', 'ssh needs a command in a check (a login shell is not a check)'],
    ['ssh -o BatchMode=yes docker-host2 docker swarm leave', "'docker swarm leave' changes state"],
    ['ssh docker-host2 "docker ps; docker rm -f a1"', "'docker rm' changes state"],
  ])('refuses %s', (line, reason) => {
    expect(isReadOnly(line)).toEqual({ ok: false, reason });
  });

  it('reads another machine of the lab through ssh when the remote command only reads', () => {
    expect(isReadOnly('ssh docker-host2 docker network ls')).toEqual({ ok: true });
    expect(isReadOnly(`ssh -o BatchMode=yes -p 22 10.0.2.16 "docker network inspect -f '{{json .Peers}}' ov"`)).toEqual({ ok: true });
  });
});
