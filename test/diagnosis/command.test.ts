import { describe, expect, it } from 'vitest';
import { parseCommand, parseDockerRun, pingTarget, promptHost } from '../../src/course/diagnosis/command.js';

describe("reading the learner's command", () => {
  it('reads docker run flags as pflag does: combined short flags, --flag=value, the image and its command', () => {
    expect(parseDockerRun(['-dp', '8080:80', '--name=web', '--network', 'mynet', 'nginx'])).toEqual({ name: 'web', image: 'nginx', network: 'mynet', detach: true, publish: [{ hostIp: '', hostPort: '8080', containerPort: '80' }], command: [] });
    expect(parseDockerRun(['--rm', '-it', '-p', '127.0.0.1:8088:80/tcp', '-e', 'A=1', 'ubuntu:16.04', 'ip', '-4', 'addr'])).toEqual({ image: 'ubuntu:16.04', detach: false, publish: [{ hostIp: '127.0.0.1', hostPort: '8088', containerPort: '80' }], command: ['ip', '-4', 'addr'] });
    expect(parseDockerRun(['-p80', 'httpd']).publish).toEqual([{ hostIp: '', hostPort: '', containerPort: '80' }]);
  });

  it('knows where a program ran: docker exec, docker run, sudo, or the container whose shell the prompt names', () => {
    expect(parseCommand('docker exec -it -e X=1 app1 ping -c 1 app2')).toMatchObject({ where: { kind: 'container', name: 'app1' }, program: ['ping', '-c', '1', 'app2'] });
    expect(parseCommand('sudo docker container run --rm busybox ping 1.1.1.1')).toMatchObject({ where: { kind: 'image', image: 'busybox' }, program: ['ping', '1.1.1.1'] });
    expect(parseCommand('ip addr | grep eth0', '0fa48359f36d')).toMatchObject({ where: { kind: 'container', name: '0fa48359f36d' }, program: ['ip', 'addr'] });
    expect(promptHost('root@0fa48359f36d:/#')).toBe('0fa48359f36d');
    expect(promptHost('/ #')).toBeUndefined();
  });

  it("finds a ping's target, from the PING line when there is one", () => {
    expect(pingTarget(['ping', '-c', '1', '-W', '1', 'app3'], '')).toEqual({ target: 'app3', byName: true });
    expect(pingTarget(['ping', '-c', '1', '$(docker'], 'PING 172.19.0.2 (172.19.0.2): 56 data bytes\n')).toEqual({ target: '172.19.0.2', byName: false });
    expect(pingTarget(['ls'], '')).toBeUndefined();
  });
});
