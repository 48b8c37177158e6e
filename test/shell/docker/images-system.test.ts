// images, tag, rmi, pull, inspect, volumes, version, info, system df. Texts recorded from docker CLI
// 28.2.2 + Engine 20.10.24 (the real command is in each comment).
import { describe, expect, it } from 'vitest';
import { err, host, out } from './helpers.js';

describe('images', () => {
  it('lists by reference with the name kept to what matched; formats; the ambiguous-name hint', () => {
    const h = host();
    expect(h.run("docker images busybox --format '{{.Repository}}:{{.Tag}} {{.Size}}'")).toEqual(out('busybox:latest 4.26MB\n'));
    expect(h.run("docker images 'bus*' --format '{{.Repository}}'")).toEqual(out('busybox\n'));
    h.run('docker tag busybox dlt-box:1');
    expect(h.run("docker images dlt-box --format '{{.Repository}} {{.Tag}}'")).toEqual(out('dlt-box 1\n'));
    const j = JSON.parse(h.run("docker images busybox --format '{{json .}}'").stdout) as Record<string, string>;
    expect(j.Digest).toBe('<none>');
    expect(h.run("docker images busybox --format '{{json .}}'").stdout).toContain('"Digest":"\\u003cnone\\u003e"');
    // docker images ls
    expect(h.run('docker images ls')).toEqual({ stdout: 'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n', stderr: '\nNo images found matching "ls": did you mean "docker image ls"?\n', exitCode: 0 });
  });

  it('tag checks the reference; rmi untags, deletes, or refuses an image in use', () => {
    const h = host();
    // docker tag busybox 'BAD:x'
    expect(h.run("docker tag busybox 'BAD:x'")).toEqual(err('Error parsing reference: "BAD:x" is not a valid repository/tag: invalid reference format: repository name (library/BAD) must be lowercase\n'));
    // docker tag busybox dlt-img:bad:tag
    expect(h.run('docker tag busybox dlt-img:bad:tag')).toEqual(err('Error parsing reference: "dlt-img:bad:tag" is not a valid repository/tag: invalid reference format\n'));
    // docker tag nosuch dlt-x
    expect(h.run('docker tag nosuch dlt-x')).toEqual(err('Error response from daemon: No such image: nosuch:latest\n'));
    h.run('docker tag busybox dlt-img:1');
    h.run('docker run -d --name dlt-r busybox sleep 600');
    // docker rmi dlt-img:1 (busybox still names it)
    expect(h.run('docker rmi dlt-img:1')).toEqual(out('Untagged: dlt-img:1\n'));
    // docker rmi busybox (a container uses it)
    const busybox = h.run("docker images -q busybox").stdout.trim();
    expect(h.run('docker rmi busybox')).toEqual(err(`Error response from daemon: conflict: unable to remove repository reference "busybox" (must force) - container ${h.id('dlt-r').slice(0, 12)} is using its referenced image ${busybox}\n`));
    // docker rmi nosuch
    expect(h.run('docker rmi nosuch')).toEqual(err('Error response from daemon: No such image: nosuch:latest\n'));
    const r = h.run('docker rmi alpine');
    expect(r.stdout).toMatch(/^Untagged: alpine:latest\nUntagged: alpine@sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\n$/);
  });

  it('pull: the stream as a non-terminal shows it', () => {
    const h = host();
    // docker pull busybox (present)
    expect(h.run('docker pull busybox').stdout).toMatch(/^Using default tag: latest\nlatest: Pulling from library\/busybox\nDigest: sha256:[0-9a-f]{64}\nStatus: Image is up to date for busybox:latest\ndocker.io\/library\/busybox:latest\n$/);
    // docker pull nosuch
    expect(h.run('docker pull nosuch')).toEqual(err("Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n", 1, 'Using default tag: latest\n'));
    h.run('docker rmi httpd');
    const lines = h.run('docker pull httpd').stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Using default tag: latest', 'latest: Pulling from library/httpd']);
    expect(lines.filter((l) => l.endsWith(': Pulling fs layer'))).toHaveLength(5);
    expect(lines.filter((l) => l.endsWith(': Waiting'))).toHaveLength(2);
    expect(lines.slice(-3)).toEqual(['Status: Downloaded newer image for httpd:latest', 'docker.io/library/httpd:latest', '']);
  });
});

describe('inspect', () => {
  it('finds containers, images and networks by name; says what it cannot find', () => {
    const h = host();
    h.run('docker run -d --name dlt-in busybox sleep 600');
    // docker inspect -f '{{.Name}}' dlt-in dlt-nosuch dlt-in
    expect(h.run("docker inspect -f '{{.Name}}' dlt-in dlt-nosuch dlt-in")).toEqual(err('Error: No such object: dlt-nosuch\n', 1, '/dlt-in\n/dlt-in\n'));
    // docker inspect dlt-nosuch
    expect(h.run('docker inspect dlt-nosuch')).toEqual(err('Error: No such object: dlt-nosuch\n', 1, '[]\n'));
    expect(h.run("docker inspect -f '{{.Name}} {{.Driver}}' bridge")).toEqual(out('bridge bridge\n'));
    expect(h.run("docker inspect -f '{{.Config.Cmd}}' busybox")).toEqual(out('[sh]\n'));
    // docker inspect --type container -f '{{.Name}}' bridge
    expect(h.run("docker inspect --type container -f '{{.Name}}' bridge")).toEqual(err('Error response from daemon: No such container: bridge\n', 1, '\n'));
    // docker inspect --type foo x
    expect(h.run('docker inspect --type foo x')).toEqual(err('unknown type: "foo": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n'));
    // docker inspect -f '{{.Foo}}' dlt-in
    expect(h.run("docker inspect -f '{{.Foo}}' dlt-in")).toEqual(err('template parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"\n', 1, '\n'));
    // docker image inspect nosuch
    expect(h.run('docker image inspect nosuch')).toEqual(err('Error response from daemon: no such image: nosuch: No such image: nosuch:latest\n', 1, '[]\n'));
  });

  it('prints the daemon\'s JSON indented by four, or compact with --format json', () => {
    const h = host();
    h.run('docker run -d --name dlt-j busybox sleep 600');
    const text = h.run('docker inspect dlt-j').stdout;
    expect(text.startsWith(`[\n    {\n        "Id": "${h.id('dlt-j')}",\n        "Created": "`)).toBe(true);
    expect(text.endsWith('\n    }\n]\n')).toBe(true);
    expect(h.run('docker inspect --format json dlt-j').stdout).toBe(`${JSON.stringify(JSON.parse(text))}\n`);
    const sized = JSON.parse(h.run('docker container inspect -s dlt-j').stdout) as Record<string, unknown>[];
    expect(Object.keys(sized[0] ?? {}).slice(Object.keys(sized[0] ?? {}).indexOf('GraphDriver'), Object.keys(sized[0] ?? {}).indexOf('GraphDriver') + 4)).toEqual(['GraphDriver', 'SizeRw', 'SizeRootFs', 'Mounts']);
  });
});

describe('volumes', () => {
  it('create, ls, inspect, use, and the daemon\'s errors', () => {
    const h = host();
    expect(h.run('docker volume create dlt-v')).toEqual(out('dlt-v\n'));
    expect(h.run('docker volume create dlt-v')).toEqual(out('dlt-v\n'));
    expect(h.run('docker volume ls')).toEqual(out('DRIVER    VOLUME NAME\nlocal     dlt-v\n'));
    expect(h.run("docker volume inspect -f '{{.Mountpoint}} {{.Labels}} {{.Options}}' dlt-v")).toEqual(out('/var/lib/docker/volumes/dlt-v/_data map[] map[]\n'));
    h.run("docker run --rm -v dlt-v:/data busybox sh -c 'echo kept > /data/f'");
    h.run('docker run --name dlt-vu -v dlt-v:/data busybox true');
    expect(h.run('docker run --rm -v dlt-v:/data busybox cat /data/f')).toEqual(out('kept\n'));
    expect(h.run("docker inspect -f '{{json .Mounts}}' dlt-vu")).toEqual(out('[{"Type":"volume","Name":"dlt-v","Source":"/var/lib/docker/volumes/dlt-v/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""}]\n'));
    // docker volume rm dlt-v (in use)
    expect(h.run('docker volume rm dlt-v')).toEqual(err(`Error response from daemon: remove dlt-v: volume is in use - [${h.id('dlt-vu')}]\n`));
    h.run('docker rm dlt-vu');
    expect(h.run('docker volume rm dlt-v')).toEqual(out('dlt-v\n'));
    // docker volume inspect nosuch
    expect(h.run('docker volume inspect nosuch')).toEqual(err('Error response from daemon: get nosuch: no such volume\n', 1, '[]\n'));
    // docker volume create 'bad name'
    expect(h.run("docker volume create 'bad name'")).toEqual(err('Error response from daemon: create bad name: "bad name" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n'));
    // docker volume ls --format '{{json .}}'
    h.run('docker volume create dlt-w');
    expect(h.run("docker volume ls --format '{{json .}}'")).toEqual(out('{"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"","Links":"N/A","Mountpoint":"/var/lib/docker/volumes/dlt-w/_data","Name":"dlt-w","Scope":"local","Size":"N/A","Status":"N/A"}\n'));
  });
});

describe('version, info, system df', () => {
  it('docker version: the CLI\'s template through tabwriter, and --format', () => {
    const h = host();
    const v = h.run('docker version').stdout;
    expect(v.split('\n').slice(0, 3)).toEqual(['Client:', ' Version:           28.2.2', ' API version:       1.41 (downgraded from 1.50)']);
    expect(v).toContain('\nServer:\n Engine:\n  Version:          20.10.24+dfsg1\n  API version:      1.41 (minimum version 1.12)\n');
    expect(v.endsWith(' docker-init:\n  Version:          0.19.0\n  GitCommit:        \n')).toBe(true);
    expect(h.run("docker version --format '{{.Server.Version}}'")).toEqual(out('20.10.24+dfsg1\n'));
    // docker version --format '{{.Foo}}'
    expect(h.run("docker version --format '{{.Foo}}'")).toEqual(err('template: version:1:2: executing "version" at <.Foo>: can\'t evaluate field Foo in type system.versionInfo\n', 1, '\n'));
    // docker version --format '{{.Server'
    expect(h.run("docker version --format '{{.Server'")).toEqual(err('template parsing error: template: version:1: unclosed action\n', 64));
  });

  it('docker info counts what the host has', () => {
    const h = host();
    h.run('docker run -d --name dlt-a busybox sleep 600');
    h.run('docker run --name dlt-b busybox true');
    const info = h.run('docker info').stdout;
    expect(info.startsWith('Client:\n Version:    28.2.2\n Context:    default\n Debug Mode: false\n\nServer:\n Containers: 2\n  Running: 1\n  Paused: 0\n  Stopped: 1\n Images: 11\n Server Version: 20.10.24+dfsg1\n')).toBe(true);
    expect(h.run("docker info --format '{{.ServerVersion}} {{.Driver}} {{.Swarm.LocalNodeState}}'")).toEqual(out('20.10.24+dfsg1 overlay2 inactive\n'));
  });

  it('docker system df sums images, containers and volumes', () => {
    const h = host();
    h.run('docker run -d --name dlt-a busybox sleep 600');
    const lines = h.run('docker system df').stdout.split('\n');
    expect(lines[0]).toBe('TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE');
    expect(lines[1]).toMatch(/^Images {10}11 {8}1 {9}\S+ +\S+ \(\d+%\)$/);
    expect(lines.slice(2)).toEqual(['Containers      1         1         0B        0B', 'Local Volumes   0         0         0B        0B', 'Build Cache     0         0         0B        0B', '']);
  });
});
