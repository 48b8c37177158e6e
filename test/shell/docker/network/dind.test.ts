import { describe, expect, it } from 'vitest';
import { err, ok, shell } from './session.js';

// Docker in Docker through the host's socket (CURRICULUM lesson 5, LEARNERS #12). The fixture
// image docker:cli carries the host's CLI 28.2.2 (the real docker:cli ships a newer CLI whose
// wording and API version may differ: the simulator follows the fixture). Observed:
//   docker run --rm -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker ps --format '{{.Names}}'
//     → the host's containers, this one among them (siblings, not children)
//   docker run --rm --entrypoint docker docker:cli ps
//     → Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?
// Through its entrypoint the image points the CLI at tcp://docker:2375 when no socket is
// mounted (`echo $DOCKER_HOST` in it); behind a resolver that answers NXDOMAIN (observed with
// `--dns` pointing at one, on a private engine) the CLI prints `error during connect: Get
// "http://docker:2375/v1.50/containers/json": dial tcp: lookup docker on <its nameserver>:53:
// no such host` (our CI machine, whose DNS refuses containers, prints `Cannot connect to the
// Docker daemon at tcp://docker:2375. Is the docker daemon running?` instead).
describe('the docker CLI inside a container', () => {
  it('with the host’s socket mounted it lists the host’s containers, itself included', () => {
    const sh = shell();
    sh.run('docker run -d --name web busybox sleep 1000');
    const out = sh.run("docker run --name dind -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker ps --format '{{.Names}}'");
    expect(out).toEqual(ok('dind\nweb\n'));
    expect(sh.run('docker run --rm -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker network ls --format "{{.Name}}"')).toEqual(ok('bridge\nhost\nnone\n'));
  });

  it('what it creates on the host’s engine are the container’s siblings', () => {
    const sh = shell();
    sh.run('docker run --rm -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker network create made-inside');
    expect(sh.run('docker network ls -f name=made-inside --format "{{.Name}} {{.Driver}}"')).toEqual(ok('made-inside bridge\n'));
  });

  it('without the socket: the CLI’s own error', () => {
    expect(shell().run('docker run --rm --entrypoint docker docker:cli ps')).toEqual(err('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n'));
  });

  it('DOCKER_HOST=tcp://docker:2375 (the image entrypoint’s default): a name lookup that fails, asked of the container’s resolver', () => {
    const sh = shell();
    sh.run('docker run -it --name cli docker:cli sh');
    expect(sh.run('DOCKER_HOST=tcp://docker:2375 docker ps')).toEqual(err('error during connect: Get "http://docker:2375/v1.50/containers/json": dial tcp: lookup docker on 10.0.2.3:53: no such host\n'));
    expect(sh.run('DOCKER_HOST=tcp://docker:2375 docker network create x')).toEqual(err('error during connect: Head "http://docker:2375/_ping": dial tcp: lookup docker on 10.0.2.3:53: no such host\n'));
    sh.run('exit');
    sh.run('docker network create nn');
    sh.run('docker run -it --network nn docker:cli sh');
    expect(sh.run('DOCKER_HOST=tcp://docker:2375 docker ps')).toEqual(err('error during connect: Get "http://docker:2375/v1.50/containers/json": dial tcp: lookup docker on 127.0.0.11:53: no such host\n'));
  });
});
