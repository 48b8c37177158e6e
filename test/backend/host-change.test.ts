import { describe, expect, it } from 'vitest';
import { describeHostChange, type HostChange } from '../../src/backend/docker/host-change.js';

const one = (line: string): HostChange => {
  const all = describeHostChange(line);
  expect(all).toHaveLength(1);
  return all[0] as HostChange;
};

describe('host changes', () => {
  it('leaves lines that change nothing on the host alone', () => {
    for (const line of ['docker ps', 'ip addr show docker0', 'iptables -S DOCKER-USER', 'iptables -t nat -L -n', 'newgrp docker', 'docker exec web ip link set eth0 down', 'docker network create mynet', 'id', 'systemctl status docker', "docker exec c sh -c 'echo x > /etc/hosts'"]) {
      expect(describeHostChange(line), line).toEqual([]);
    }
  });

  it('the docker group: undone only if the user was not in it before (id -nG)', () => {
    const c = one('sudo usermod -aG docker learner && newgrp docker');
    expect(c).toMatchObject({ kind: 'group', command: 'sudo usermod -aG docker learner', probe: 'id -nG learner', undoable: true, undoPreview: ['sudo gpasswd -d learner docker'] });
    expect(c.what).toMatch(/adds user learner to the group docker/);
    // `id -nG learner` before the change, as it prints.
    expect(c.undo('learner sudo\n')).toEqual(['sudo gpasswd -d learner docker']);
    expect(c.undo('learner sudo docker\n')).toEqual([]);
    expect(one('gpasswd -a $USER docker').undoPreview).toEqual(['gpasswd -d $USER docker']);
    expect(one('usermod -G docker bob')).toMatchObject({ undoable: false });
  });

  it('an interface: deleted by cleanup, after the resources (a macvlan parent outlives its network)', () => {
    const c = one('sudo ip link add drb-p0 type veth peer name drb-p1');
    expect(c).toMatchObject({ kind: 'interface', phase: 'after-resources', undoPreview: ['sudo ip link delete drb-p0'], probe: 'ip -o link show drb-p0' });
    expect(one('ip link add link eth0 name eth0.10 type vlan id 10').undoPreview).toEqual(['ip link delete eth0.10']);
    expect(one('ip netns add red').undoPreview).toEqual(['ip netns delete red']);
    expect(one('ip addr add 10.9.0.1/24 dev drb-p0').undoPreview).toEqual(['ip addr del 10.9.0.1/24 dev drb-p0']);
    expect(one('ip link delete docker0')).toMatchObject({ undoable: false });
    expect(describeHostChange('ip -n red link add x type dummy')).toEqual([]);
  });

  it('ip link set up/down: put back as the probe found it', () => {
    const c = one('ip link set docker0 down');
    expect(c.undo('5: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP\n')).toEqual(['ip link set docker0 up']);
    expect(c.undo('5: docker0: <BROADCAST,MULTICAST> mtu 1500 state DOWN\n')).toEqual([]);
  });

  it('swarm: left before the networks go, unless this engine was in a swarm already', () => {
    const c = one('docker swarm init --advertise-addr 127.0.0.1');
    expect(c).toMatchObject({ kind: 'swarm', phase: 'before-resources', undoPreview: ['docker swarm leave --force', 'docker network rm docker_gwbridge'] });
    expect(c.undo('inactive\n')).toEqual(['docker swarm leave --force', 'docker network rm docker_gwbridge']);
    expect(c.undo('inactive\n4f2a1c0e9b7d\n')).toEqual(['docker swarm leave --force']);
    expect(c.undo('active\n')).toEqual([]);
    expect(one('docker swarm leave --force')).toMatchObject({ undoable: false });
  });

  it('macvlan with a parent: says so; the network itself is tracked and removed', () => {
    const c = one('docker network create -d macvlan --subnet 192.168.50.0/24 -o parent=drb-p0 drb-mac');
    expect(c).toMatchObject({ kind: 'macvlan', undoPreview: [], undoable: true });
    expect(c.what).toMatch(/macvlan network to your interface drb-p0/);
  });

  it('iptables: an inserted rule is deleted with the same spec; a new chain flushed and removed', () => {
    expect(one('sudo iptables -I DOCKER-USER 1 -s 10.0.0.0/8 -j DROP')).toMatchObject({ undoPreview: ['sudo iptables -D DOCKER-USER -s 10.0.0.0/8 -j DROP'], probe: 'sudo -n iptables -S' });
    expect(one("iptables -t nat -A POSTROUTING -o eth0 -m comment --comment 'my rule' -j MASQUERADE").undoPreview).toEqual(["iptables -t nat -D POSTROUTING -o eth0 -m comment --comment 'my rule' -j MASQUERADE"]);
    expect(one('iptables -N DRB').undoPreview).toEqual(['iptables -F DRB', 'iptables -X DRB']);
    const p = one('iptables -P FORWARD DROP');
    expect(p.undo('-P FORWARD ACCEPT\n')).toEqual(['iptables -P FORWARD ACCEPT']);
    expect(one('iptables -F DOCKER-USER')).toMatchObject({ undoable: false });
  });

  it('services, kernel settings and modules: undone from what the probe saw', () => {
    const stop = one('sudo systemctl stop docker');
    expect(stop.what).toMatch(/every running container stops/);
    expect(stop.undo('active\n')).toEqual(['sudo systemctl start docker']);
    expect(stop.undo('inactive\n')).toEqual([]);
    expect(one('systemctl start docker').undo('active\n')).toEqual([]);
    expect(one('sysctl -w net.ipv4.ip_forward=0').undo('1\n')).toEqual(['sysctl -w net.ipv4.ip_forward=1']);
    expect(one('modprobe br_netfilter').undo('overlay 151552 0 - Live 0x0\n')).toEqual(['modprobe -r br_netfilter']);
    expect(one('modprobe br_netfilter').undo('br_netfilter 32768 0 - Live 0x0\n')).toEqual([]);
  });

  it('a write into /etc is said, and cannot be undone', () => {
    expect(one('echo \'{"iptables": false}\' | sudo tee /etc/docker/daemon.json')).toMatchObject({ kind: 'file', undoable: false, what: 'writes /etc/docker/daemon.json' });
  });
});
