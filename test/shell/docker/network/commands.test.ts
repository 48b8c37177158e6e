import { describe, expect, it } from 'vitest';
import { err, ok, shell } from './session.js';

// Expected texts are the real CLI 28 / Engine 20.10 outputs of the same command lines, with the
// simulator's IDs and dates in place of the real ones.
function ids(sh: ReturnType<typeof shell>): Map<string, string> {
  const out = sh.run("docker network ls --no-trunc --format '{{.Name}} {{.ID}}'").stdout;
  return new Map(out.trim().split('\n').map((l) => l.split(' ') as [string, string]));
}

describe('docker network ls', () => {
  it('lists bridge, host, none sorted by name, 12-character IDs', () => {
    const sh = shell();
    const id = ids(sh);
    expect(sh.run('docker network ls')).toEqual(ok(
      'NETWORK ID     NAME      DRIVER    SCOPE\n' +
        `${id.get('bridge')?.slice(0, 12)}   bridge    bridge    local\n` +
        `${id.get('host')?.slice(0, 12)}   host      host      local\n` +
        `${id.get('none')?.slice(0, 12)}   none      null      local\n`,
    ));
  });

  it('sorts names naturally (n8 before n10), filters, quiet, formats', () => {
    const sh = shell();
    for (const n of ['dnet-n10', 'dnet-n8', 'dnet-a']) sh.run(`docker network create ${n}`);
    sh.run('docker network create --label a=b --label c=d --internal dnet-l');
    const id = ids(sh);
    const s = (n: string) => id.get(n)?.slice(0, 12) ?? '';
    expect(sh.run('docker network ls -f type=custom --format "{{.Name}}"')).toEqual(ok('dnet-a\ndnet-l\ndnet-n8\ndnet-n10\n'));
    expect(sh.run('docker network ls -q -f type=builtin')).toEqual(ok(`${s('bridge')}\n${s('host')}\n${s('none')}\n`));
    expect(sh.run('docker network ls -f name=none -f name=host')).toEqual(ok(`NETWORK ID     NAME      DRIVER    SCOPE\n${s('host')}   host      host      local\n${s('none')}   none      null      local\n`));
    expect(sh.run('docker network ls -f driver=bridge -f name=dnet-a')).toEqual(ok(`NETWORK ID     NAME      DRIVER    SCOPE\n${s('dnet-a')}   dnet-a    bridge    local\n`));
    expect(sh.run('docker network ls -f label=a=b --format "{{.Name}} {{.Labels}} {{.Internal}} {{.IPv6}} {{.IPv4}}"')).toEqual(ok('dnet-l a=b,c=d true false false\n'));
    expect(sh.run("docker network ls -f label=c --format 'table {{.ID}}\\t{{.Label \"a\"}}\\t{{.IPv4}}'")).toEqual(ok(`NETWORK ID     a         IPV4\n${s('dnet-l')}   b         false\n`));
    // An empty table still prints its header, padded for its (empty) columns.
    expect(sh.run('docker network ls -f scope=swarm')).toEqual(ok('NETWORK ID   NAME      DRIVER    SCOPE\n'));
    // A custom format wins over --quiet, silently; `raw` has its own shape.
    expect(sh.run('docker network ls -q --format "{{.Name}}" -f name=bridge')).toEqual(ok('bridge\n'));
    expect(sh.run('docker network ls --format raw -f name=bridge')).toEqual(ok(`network_id: ${s('bridge')}\nname: bridge\ndriver: bridge\nscope: local\n\n`));
    expect(sh.run('docker network ls --format raw -q -f name=bridge')).toEqual(ok(`network_id: ${s('bridge')}\n`));
    expect(sh.run('docker network ls --format json -f name=dnet-a').stdout).toMatch(/^\{"CreatedAt":"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC","Driver":"bridge","ID":"[0-9a-f]{12}","IPv4":"false","IPv6":"false","Internal":"false","Labels":"","Name":"dnet-a","Scope":"local"\}\n$/);
  });

  it('the daemon’s filter errors, and template errors (exit 1)', () => {
    const sh = shell();
    expect(sh.run('docker network ls -f foo=bar')).toEqual(err("Error response from daemon: Invalid filter 'foo'\n"));
    expect(sh.run('docker network ls -f type=foo')).toEqual(err("Error response from daemon: invalid filter: 'type'='foo'\n"));
    expect(sh.run('docker network ls -f dangling=x')).toEqual(err('Error response from daemon: invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")\n'));
    expect(sh.run('docker network ls -f =x')).toEqual(err("Error response from daemon: Invalid filter ''\n"));
    expect(sh.run("docker network ls --format '{{.Foo}}'")).toEqual(err('template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *network.networkContext\n'));
    expect(sh.run("docker network ls --format '{{.Name'")).toEqual(err('template parsing error: template: :1: unclosed action\n'));
  });
});

describe('docker network create', () => {
  it('prints the full ID; refuses as the CLI and the daemon do', () => {
    const sh = shell();
    expect(sh.run('docker network create dnet-a').stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const cases: [string, ReturnType<typeof err>][] = [
      ['docker network create dnet-a', err('Error response from daemon: network with name dnet-a already exists\n')],
      ['docker network create -d foo dnet-a', err('Error response from daemon: network with name dnet-a already exists\n')],
      ['docker network create --subnet 172.18.5.0/24 dnet-x', err('Error response from daemon: Pool overlaps with other one on this address space\n')],
      ['docker network create --subnet 10.99.0.0/33 dnet-y', err('Error response from daemon: Invalid subnet 10.99.0.0/33 : invalid CIDR address: 10.99.0.0/33\n')],
      ['docker network create --subnet foo dnet-y', err('Error response from daemon: Invalid subnet foo : invalid CIDR address: foo\n')],
      ['docker network create -d foo --subnet foo dnet-y', err('Error response from daemon: Invalid subnet foo : invalid CIDR address: foo\n')],
      ['docker network create --subnet 10.20.0.0/16 --gateway 10.30.0.1 dnet-y', err('no matching subnet for gateway 10.30.0.1\n')],
      ['docker network create --gateway 10.30.0.1 dnet-y', err('every ip-range or gateway must have a corresponding subnet\n')],
      ['docker network create --subnet 10.50.0.0/16 --ip-range 10.60.0.0/24 dnet-y', err('no matching subnet for range 10.60.0.0/24\n')],
      ['docker network create --subnet foo --gateway 1.2.3.4 dnet-y', err('invalid subnet: invalid CIDR address: foo\n')],
      ['docker network create --subnet 10.8.0.0/16 --gateway foo dnet-y', err('no matching subnet for gateway foo\n')],
      ['docker network create --subnet 10.8.0.0/16 --subnet 10.8.1.0/24 dnet-y', err('multiple overlapping subnet configuration is not supported\n')],
      ['docker network create --subnet 10.8.0.0/16 --ip-range bar dnet-y', err('invalid CIDR address: bar\n')],
      ['docker network create --subnet 10.7.0.0/16 --gateway 10.7.0.1 --gateway 10.7.0.2 dnet-y', err('every ip-range or gateway must have a corresponding subnet\n')],
      ['docker network create --subnet 10.5.0.0/16 --subnet 10.6.0.0/16 dnet-y', err("Error response from daemon: bridge driver doesn't support multiple subnets\n")],
      ['docker network create -d foo dnet-y', err('Error response from daemon: plugin "foo" not found\n')],
      ['docker network create -d overlay dnet-y', err('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n')],
      ['docker network create --scope swarm dnet-y', err('Error response from daemon: cannot create a swarm scoped network when swarm is not active\n')],
      ['docker network create -d macvlan -o parent=nope dnet-y', err('Error response from daemon: invalid subinterface vlan name nope, example formatting is eth0.10\n')],
      ['docker network create -d macvlan -o parent=nope.10 dnet-y', err('Error response from daemon: -o parent interface does was not found on the host: nope\n')],
      ['docker network create -d host dnet-y', err('Error response from daemon: only one instance of "host" network is allowed\n')],
      ['docker network create -d null dnet-y', err('Error response from daemon: only one instance of "null" network is allowed\n')],
      ['docker network create bridge', err('Error response from daemon: operation is not permitted on predefined bridge network\n')],
      ['docker network create host', err('Error response from daemon: operation is not permitted on predefined host network\n')],
    ];
    for (const [line, want] of cases) expect(sh.run(line), line).toEqual(want);
  });

  it('says plainly what it does not simulate', () => {
    expect(shell().run('docker network create --ipv6 dnet-v6')).toEqual(err("dockerlings: 'docker network create --ipv6' is not simulated yet — try it with --backend docker\n"));
  });
});

describe('docker network inspect', () => {
  it('bridge, host and none: Engine 20.10’s JSON (no EnableIPv4), indented by 4 (bridge as a restarted dockerd shows it)', () => {
    const sh = shell();
    const id = ids(sh);
    const created = (n: string) => sh.run(`docker network inspect -f '{{json .Created}}' ${n}`).stdout.trim();
    const empty = (name: string, driver: string) => `    {
        "Name": "${name}",
        "Id": "${id.get(name)}",
        "Created": ${created(name)},
        "Scope": "local",
        "Driver": "${driver}",
        "EnableIPv6": false,
        "IPAM": {
            "Driver": "default",
            "Options": null,
            "Config": []
        },
        "Internal": false,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {
            "Network": ""
        },
        "ConfigOnly": false,
        "Containers": {},
        "Options": {},
        "Labels": {}
    }`;
    expect(sh.run('docker network inspect host none')).toEqual(ok(`[\n${empty('host', 'host')},\n${empty('none', 'null')}\n]\n`));
    expect(sh.run('docker network inspect bridge')).toEqual(ok(`[
    {
        "Name": "bridge",
        "Id": "${id.get('bridge')}",
        "Created": ${created('bridge')},
        "Scope": "local",
        "Driver": "bridge",
        "EnableIPv6": false,
        "IPAM": {
            "Driver": "default",
            "Options": null,
            "Config": [
                {
                    "Subnet": "172.17.0.0/16",
                    "Gateway": "172.17.0.1"
                }
            ]
        },
        "Internal": false,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {
            "Network": ""
        },
        "ConfigOnly": false,
        "Containers": {},
        "Options": {
            "com.docker.network.bridge.default_bridge": "true",
            "com.docker.network.bridge.enable_icc": "true",
            "com.docker.network.bridge.enable_ip_masquerade": "true",
            "com.docker.network.bridge.host_binding_ipv4": "0.0.0.0",
            "com.docker.network.bridge.name": "docker0",
            "com.docker.network.driver.mtu": "1500"
        },
        "Labels": {}
    }
]
`));
  });

  it('a user network with --subnet/--gateway/--ip-range, -o and --label', () => {
    const sh = shell();
    sh.run('docker network create --subnet 10.10.0.0/16 --gateway 10.10.0.254 --ip-range 10.10.1.0/24 -o com.docker.network.bridge.name=dnet-br0 --label a=b --label c dnet-s');
    expect(sh.run("docker network inspect -f '{{json .IPAM}} {{json .Options}} {{json .Labels}} {{.Internal}} {{.Attachable}}' dnet-s")).toEqual(ok(
      '{"Driver":"default","Options":{},"Config":[{"Subnet":"10.10.0.0/16","IPRange":"10.10.1.0/24","Gateway":"10.10.0.254"}]} {"com.docker.network.bridge.name":"dnet-br0"} {"a":"b","c":""} false false\n',
    ));
    expect(sh.run("docker network inspect -f '{{.IPAM}}|{{.Containers}}|{{.Options}}|{{.Labels}}|{{.ConfigFrom}}|{{.EnableIPv4}}|{{.Peers}}|{{.Services}}' dnet-s")).toEqual(ok(
      '{default map[] [{10.10.0.0/16 10.10.1.0/24 10.10.0.254 map[]}]}|map[]|map[com.docker.network.bridge.name:dnet-br0]|map[a:b c:]|{}|false|[]|map[]\n',
    ));
  });

  it('-f over the typed value, then the raw JSON; errors per argument', () => {
    const sh = shell();
    expect(sh.run("docker network inspect -f '{{.Name}} {{.Driver}} {{.Scope}}' bridge host")).toEqual(ok('bridge bridge local\nhost host local\n'));
    expect(sh.run("docker network inspect -f '{{json .}}' bridge").stdout).toMatch(/^\{"Name":"bridge","Id":"[0-9a-f]{64}","Created":"[^"]+","Scope":"local","Driver":"bridge","EnableIPv4":false,"EnableIPv6":false,"IPAM":\{"Driver":"default","Options":null,"Config":\[\{"Subnet":"172.17.0.0\/16","Gateway":"172.17.0.1"\}\]\},/);
    expect(sh.run("docker network inspect -f '{{.Foo}}' bridge")).toEqual(err('template parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"\n', 1, '\n'));
    expect(sh.run('docker network inspect nope')).toEqual(err('Error response from daemon: network nope not found\n', 1, '[]\n'));
    expect(sh.run("docker network inspect -f '{{.Name}}' bridge nope")).toEqual(err('Error response from daemon: network nope not found\n', 1, 'bridge\n'));
    expect(sh.run("docker network inspect -f '{{.Name}}' nope")).toEqual(err('Error response from daemon: network nope not found\n', 1, '\n'));
    expect(sh.run('docker network inspect --format json none nope').stdout).toMatch(/^\[\{"Name":"none",.*"Labels":\{\}\}\]\n$/);
  });
});

describe('docker network rm and prune', () => {
  it('rm echoes each name, prints each error as it comes, ends with "exit status 1"', () => {
    const sh = shell();
    sh.run('docker network create dnet-y');
    expect(sh.run('docker network rm nope dnet-y nope2')).toEqual(err('Error response from daemon: network nope not found\nError response from daemon: network nope2 not found\nexit status 1\n', 1, 'dnet-y\n'));
    expect(sh.run('docker network rm bridge')).toEqual(err('Error response from daemon: bridge is a pre-defined network and cannot be removed\nexit status 1\n'));
    expect(sh.run('docker network rm host none')).toEqual(err('Error response from daemon: host is a pre-defined network and cannot be removed\nError response from daemon: none is a pre-defined network and cannot be removed\nexit status 1\n'));
    expect(sh.run('docker network rm -f nope')).toEqual(ok(''));
    expect(sh.run('docker network rm -f nope bridge')).toEqual(err('Error response from daemon: bridge is a pre-defined network and cannot be removed\nexit status 1\n'));
  });

  it('rm of a network in use names its ID', () => {
    const sh = shell();
    sh.run('docker network create dnet-a');
    sh.run('docker run -d --name dnet-w --network dnet-a busybox sleep 1000');
    const id = ids(sh).get('dnet-a');
    expect(sh.run('docker network rm dnet-a')).toEqual(err(`Error response from daemon: error while removing network: network dnet-a id ${id} has active endpoints\nexit status 1\n`));
  });

  it('prune -f: "Deleted Networks:", one name a line, a blank line; nothing when nothing goes', () => {
    const sh = shell();
    for (const n of ['dnet-p2', 'dnet-p1', 'dnet-used']) sh.run(`docker network create ${n}`);
    sh.run('docker run -d --name dnet-u --network dnet-used busybox sleep 100');
    expect(sh.run('docker network prune -f')).toEqual(ok('Deleted Networks:\ndnet-p2\ndnet-p1\n\n'));
    expect(sh.run('docker network prune -f')).toEqual(ok(''));
    expect(sh.run('docker network prune -f --filter foo=1')).toEqual(err("Error response from daemon: Invalid filter 'foo'\n"));
    expect(sh.run('docker network prune -f --filter type=custom')).toEqual(err("Error response from daemon: Invalid filter 'type'\n"));
  });
});

describe('docker network connect / disconnect', () => {
  it('are silent on success and print the daemon’s refusals', () => {
    const sh = shell();
    sh.run('docker network create dnet-a');
    sh.run('docker run -d --name dnet-c1 busybox sleep 1000');
    sh.run('docker run -d --name dnet-hh --network host busybox sleep 1000');
    expect(sh.run('docker network connect dnet-a dnet-c1')).toEqual(ok(''));
    expect(sh.run('docker network connect dnet-a dnet-c1')).toEqual(err('Error response from daemon: endpoint with name dnet-c1 already exists in network dnet-a\n'));
    expect(sh.run('docker network connect dnet-a dnet-hh')).toEqual(err('Error response from daemon: container sharing network namespace with another container or host cannot be connected to any other network\n'));
    expect(sh.run('docker network connect host dnet-c1')).toEqual(err('Error response from daemon: container cannot be disconnected from host network or connected to host network\n'));
    // The address is checked before the existing endpoint (observed).
    expect(sh.run('docker network connect --ip 172.17.0.50 bridge dnet-c1')).toEqual(err('Error response from daemon: user specified IP address is supported on user defined networks only\n'));
    expect(sh.run('docker network connect nope dnet-c1')).toEqual(err('Error response from daemon: network nope not found\n'));
    expect(sh.run('docker network connect dnet-a nope')).toEqual(err('Error response from daemon: No such container: nope\n'));
    expect(sh.run('docker network disconnect dnet-a dnet-c1')).toEqual(ok(''));
    const id = sh.run("docker inspect -f '{{.Id}}' dnet-c1").stdout.trim();
    if (id.length === 64) {
      expect(sh.run('docker network disconnect dnet-a dnet-c1')).toEqual(err(`Error response from daemon: container ${id} is not connected to network dnet-a\n`));
    }
    expect(sh.run('docker network disconnect host dnet-hh')).toEqual(err('Error response from daemon: container cannot be disconnected from host network or connected to host network\n'));
  });
});

describe('docker swarm', () => {
  it('init prints the join command; join-token repeats it; leave needs --force', () => {
    const sh = shell();
    const init = sh.run('docker swarm init --advertise-addr 127.0.0.1');
    const m = /^Swarm initialized: current node \(([0-9a-z]{25})\) is now a manager\.\n\nTo add a worker to this swarm, run the following command:\n\n {4}docker swarm join --token (SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}) 127\.0\.0\.1:2377\n\nTo add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions\.\n$/.exec(init.stdout);
    expect(m, init.stdout).not.toBeNull();
    const token = m?.[2] as string;
    expect(sh.run('docker swarm join-token worker')).toEqual(ok(`To add a worker to this swarm, run the following command:\n\n    docker swarm join --token ${token} 127.0.0.1:2377\n\n`));
    expect(sh.run('docker swarm join-token -q worker')).toEqual(ok(`${token}\n`));
    expect(sh.run('docker swarm init --advertise-addr 127.0.0.1')).toEqual(err('Error response from daemon: This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.\n'));
    expect(sh.run('docker swarm join --token x 127.0.0.1:2377')).toEqual(err('Error response from daemon: This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.\n'));
    expect(sh.run('docker network ls --format "{{.Name}} {{.Driver}} {{.Scope}}"')).toEqual(ok('bridge bridge local\ndocker_gwbridge bridge local\nhost host local\ningress overlay swarm\nnone null local\n'));
    expect(sh.run('docker network create -d overlay --attachable dnet-ov').stdout).toMatch(/^[0-9a-z]{25}\n$/);
    expect(sh.run('docker swarm leave')).toEqual(err('Error response from daemon: You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.\n'));
    expect(sh.run('docker swarm leave --force')).toEqual(ok('Node left the swarm.\n'));
    expect(sh.run('docker swarm leave')).toEqual(err('Error response from daemon: This node is not part of a swarm\n'));
    expect(sh.run('docker swarm join-token worker')).toEqual(err('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n'));
    expect(sh.run('docker network ls --format "{{.Name}}"')).toEqual(ok('bridge\ndocker_gwbridge\nhost\nnone\n'));
  });

  it('rm of ingress asks first; a "n" leaves it there', () => {
    const sh = shell();
    sh.run('docker swarm init --advertise-addr 127.0.0.1');
    expect(sh.run('echo n | docker network rm ingress')).toEqual(ok('WARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.\nAre you sure you want to continue? [y/N] '));
  });

  it('docker node ls: the one node, marked as this one and the leader', () => {
    // docker swarm init --advertise-addr 127.0.0.1; docker node ls (the real machine's name was vm)
    const sh = shell();
    expect(sh.run('docker node ls')).toEqual(err('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n'));
    sh.run('docker swarm init --advertise-addr 127.0.0.1');
    const id = sh.run('docker node ls -q').stdout.trim();
    expect(id).toMatch(/^[0-9a-z]{25}$/);
    expect(sh.run('docker node ls')).toEqual(ok(
      'ID                            HOSTNAME      STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION\n' +
        `${id} *   docker-host   Ready     Active         Leader           20.10.24+dfsg1\n`,
    ));
    expect(sh.run('docker node ls --format "{{json .}}"')).toEqual(ok(`{"Availability":"Active","EngineVersion":"20.10.24+dfsg1","Hostname":"docker-host","ID":"${id}","ManagerStatus":"Leader","Self":true,"Status":"Ready","TLSStatus":"Ready"}\n`));
    expect(sh.run('docker node ls --format "{{.Foo}}"')).toEqual(err('template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *node.nodeContext\n'));
  });

  // Joining a second node: swarm-two-nodes.test.ts.
});
