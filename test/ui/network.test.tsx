import { PassThrough } from 'node:stream';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ShellApp } from '../../src/ui/app/shell-app.js';
import { LineReader } from '../../src/ui/plain/line-reader.js';
import { runPlain } from '../../src/ui/plain/plain-session.js';
import { ShellController } from '../../src/ui/session/controller.js';
import { renderEntry } from '../../src/ui/session/render-entry.js';
import { decodeKeys } from '../../src/ui/shell/keys.js';
import { History } from '../../src/ui/shell/history.js';
import { messages } from '../../src/ui/text/i18n.js';
import { makeStyle } from '../../src/ui/text/style.js';
import { lessonController, until } from './helpers.js';

// The network picture (F2, :net), the trail (:trail) and :explain, mounted in the tutorial.
const ctx = { width: 80, style: makeStyle(false), msg: messages('en') };
const RUN = 'docker run -d --name web1 busybox sleep 3600';
const F2 = '\u001bOQ';
/** PIDs move with the process model; test/topology/trail.test.ts pins that they are the real ones. */
const noPids = (s: string) => s.replace(/PID \d+/g, 'PID N');

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('the network picture panel', () => {
  it('F2 opens it above the bar; after a docker run it shows the container, marked new; F2 closes it', async () => {
    const h = lessonController({ sandbox: true });
    await h.controller.start();
    const app = render(<ShellApp controller={h.controller} history={h.history} style={makeStyle(false)} columns={60} />);
    cleanup = app.unmount;
    const frame = () => app.lastFrame() ?? '';
    const live = () => {
      const lines = frame().split('\n');
      return lines.slice(lines.findLastIndex((l) => l.startsWith('Docker host')));
    };
    const type = async (s: string) => {
      app.stdin.write(s);
      await new Promise((r) => setTimeout(r, 20));
    };
    await type(F2);
    await until(() => frame().includes('Docker host (simulator)'), 'the picture');
    const bottom = ['Free play · simulator', 'Type commands as in a real shell · :help for keys · :quit or', 'Ctrl+D to leave', 'learner@docker-host:~$'];
    expect(live()).toEqual([
      'Docker host (simulator)',
      '',
      'Host interfaces ────────────────────────────────────────────',
      '  lo 127.0.0.1/8 · eth0 10.0.2.15/24',
      '',
      'docker0 172.17.0.1/16 · network bridge · 172.17.0.0/16',
      '════════════════════════════════════════════════════════════',
      '  no containers — docker0 is DOWN: nothing is plugged in',
      '  (normal)',
      ...bottom,
    ]);
    await type(`${RUN}\r`);
    await until(() => frame().includes('web1 [new]'), 'the container in the picture');
    expect(live()).toEqual([
      'Docker host (simulator)',
      '',
      'Host interfaces ────────────────────────────────────────────',
      '  lo 127.0.0.1/8 · eth0 10.0.2.15/24',
      '',
      'docker0 172.17.0.1/16 · network bridge · 172.17.0.0/16',
      '[changed]',
      '═══╤════════════════════════════════════════════════════════',
      '   │ veth719d35d #5 ↔ eth0 #4 [new]',
      '┌──┴──────────────────────────────┐',
      '│ web1 [new]                      │',
      '│ busybox · running               │',
      '│ eth0 #4 172.17.0.2/16           │',
      '└─────────────────────────────────┘',
      ...bottom,
    ]);
    // The next command that changes nothing: the same picture, nothing marked.
    await type('echo hi\r');
    await until(() => !frame().includes('[new]'), 'the marks gone');
    expect(live().slice(5, 9)).toEqual(['docker0 172.17.0.1/16 · network bridge · 172.17.0.0/16', '═══╤════════════════════════════════════════════════════════', '   │ veth719d35d #5 ↔ eth0 #4', '┌──┴────────────────────────┐']);
    await type(F2);
    await until(() => !frame().includes('Docker host'), 'the panel closed');
    expect(frame().split('\n').slice(-4)).toEqual(bottom);
  });
});

describe(':explain and :trail', () => {
  it(':explain after a docker run lists the namespace, the address, the veth pair and the bridge', async () => {
    const { controller } = lessonController({ sandbox: true });
    await controller.start();
    await controller.submit(RUN);
    await controller.submit(':explain');
    expect(controller.state.entries.at(-2)).toEqual({ kind: 'command', prompt: 'learner@docker-host:~$', line: ':explain' });
    expect(noPids(renderEntry(controller.state.entries.at(-1)!, ctx))).toBe(`under the hood:
  · created network namespace /var/run/docker/netns/97b30091715e for web1
  · allocated 172.17.0.2 from bridge's pool 172.17.0.0/16 for web1
  · created veth pair veth719d35d ↔ eth0 (if 5 ↔ if 4), eth0 inside web1
  · attached veth719d35d to docker0
  · wrote /etc/hosts of web1
  · wrote /etc/resolv.conf of web1: the host's resolvers (10.0.2.3), no embedded
    DNS
  · started web1: its first process is PID N, under containerd-shim PID N`);
  });

  it(':explain before any command says so; on real Docker with the trail off, says to turn it on', async () => {
    const { controller } = lessonController({ sandbox: true });
    await controller.start();
    await controller.submit(':explain');
    expect(controller.state.entries.at(-1)).toEqual({ kind: 'notice', text: 'No command has run yet.' });
    const backend = {
      kind: 'docker' as const,
      run: async () => ({ stdout: '', stderr: '', exitCode: 0 }),
      check: async () => ({ stdout: '', stderr: '', exitCode: 0 }),
      prompt: () => 'learner@host:~$',
      reset: async () => undefined,
      dispose: async () => undefined,
    };
    const c = new ShellController({ backend, lang: 'en', history: new History() });
    await c.submit('docker ps');
    await c.submit(':explain');
    expect(c.state.entries.at(-1)).toEqual({ kind: 'notice', text: 'On real Docker, :explain needs the trail: turn it on with :trail, then run the command.' });
  });

  it(':trail on puts the trail under each command’s output; off again, none', async () => {
    const { controller } = lessonController({ sandbox: true });
    await controller.start();
    await controller.submit(':trail');
    await controller.submit('docker network create mynet');
    expect(controller.state.entries.slice(-4).map((e) => renderEntry(e, ctx))).toEqual([
      'Trail on: under each command, what it did under the hood. :trail again turns it\noff.',
      'learner@docker-host:~$ docker network create mynet',
      'b351582077cd8f0757b4cf761de8a9199d1758ecf314cad2986d0357cb6624bc',
      'under the hood:\n  · created network mynet (driver bridge, subnet 172.18.0.0/16)\n  · created Linux bridge br-b351582077cd with address 172.18.0.1/16, and its\n    iptables rules',
    ]);
    await controller.submit(':trail');
    await controller.submit('docker network rm mynet');
    expect(controller.state.entries.slice(-3).map((e) => renderEntry(e, ctx))).toEqual(['Trail off. :explain still tells what the last command did.', 'learner@docker-host:~$ docker network rm mynet', 'mynet']);
  });

  it('in a lesson the trail goes right under the output, before the step’s result', async () => {
    const { controller } = lessonController();
    await controller.start();
    await controller.submit(':trail');
    await controller.submit('echo hello > /tmp/note');
    expect(controller.state.entries.slice(-4).map((e) => e.kind)).toEqual(['command', 'trail', 'passed', 'step']);
    expect(renderEntry(controller.state.entries.at(-3)!, ctx)).toBe('under the hood:\n  · no change to the network');
  });
});

describe('on real Docker', () => {
  it('the panel draws the picture the trail took after the command, not a third one', async () => {
    const checks: string[] = [];
    const backend = {
      kind: 'docker' as const,
      run: async () => ({ stdout: '', stderr: '', exitCode: 0 }),
      check: async (line: string) => (checks.push(line), { stdout: '', stderr: '', exitCode: 0 }),
      prompt: () => 'learner@host:~$',
      reset: async () => undefined,
      dispose: async () => undefined,
    };
    const c = new ShellController({ backend, lang: 'en', history: new History() });
    await c.submit(':net');
    await c.submit(':trail');
    await c.submit('docker network create x');
    const pictures = checks.filter((l) => l.startsWith('docker network inspect')).length;
    // One when the panel opened, then one before and one after the command.
    expect(pictures).toBe(3);
    expect(c.state.entries.at(-1)).toMatchObject({ kind: 'trail', line: 'docker network create x', source: 'reconstructed' });
  });
});

describe('the F2 key', () => {
  it('is decoded from both sequences terminals send', () => {
    expect(decodeKeys('\u001bOQ')).toEqual([{ name: 'f2' }]);
    expect(decodeKeys('\u001b[12~')).toEqual([{ name: 'f2' }]);
  });
});

describe('the plain mode', () => {
  it('prints the plain picture into the log, again after a command that changes it', async () => {
    const { backend } = lessonController({ sandbox: true });
    const c = new ShellController({ backend, lang: 'en', history: new History(), netInLog: true });
    await c.start();
    const input = new PassThrough();
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => (text += d.toString()));
    const done = runPlain(c, new LineReader(input, out, false), out, { ...ctx, plain: true });
    input.end(`:net\necho hi\n${RUN}\n:net\n`);
    await expect(done).resolves.toBe('quit');
    // `echo hi` changes nothing: the picture is not printed again (a screen reader reads every line).
    expect(text).toBe(
      [
        'dockerlings sandbox (simulator): a shell with no lesson.',
        'learner@docker-host:~$ :net',
        'Docker host (simulator)',
        'Host interfaces:',
        '  lo: loopback, UNKNOWN, 127.0.0.1/8',
        '  eth0: ether, UP, 10.0.2.15/24',
        'network bridge: bridge, subnet 172.17.0.0/16, Linux bridge docker0 172.17.0.1/16 DOWN',
        '  no containers; docker0 is DOWN: nothing is plugged in (normal)',
        'learner@docker-host:~$ echo hi',
        'hi',
        `learner@docker-host:~$ ${RUN}`,
        'b351582077cd8f0757b4cf761de8a9199d1758ecf314cad2986d0357cb6624bc',
        'Docker host (simulator)',
        'Host interfaces:',
        '  lo: loopback, UNKNOWN, 127.0.0.1/8',
        '  eth0: ether, UP, 10.0.2.15/24',
        'network bridge (changed): bridge, subnet 172.17.0.0/16, Linux bridge docker0 172.17.0.1/16 UP',
        '  container web1 (new): image busybox, running',
        '    eth0 (index 4) network bridge, address 172.17.0.2/16',
        '    veth pair (new): host end veth719d35d (index 5) on docker0, container end eth0 (index 4)',
        'learner@docker-host:~$ :net',
        'Network picture off.',
        '',
      ].join('\n'),
    );
  });
});
