import { describe, expect, it } from 'vitest';
import { createSimulatedBackend } from '../../src/backend/simulated.js';
import { collectTopology } from '../../src/course/topology/collect.js';
import { makeStyle } from '../../src/ui/text/style.js';
import { displayWidth } from '../../src/ui/text/wrap.js';
import { renderDiagnosis, renderTrail } from '../../src/ui/topology/notes.js';
import { renderTopology } from '../../src/ui/topology/picture.js';
import { renderTopologyPlain } from '../../src/ui/topology/plain.js';

const ESC = /\u001b\[/;

async function busyHost() {
  const b = createSimulatedBackend({ kind: 'simulator', user: 'root' });
  const before = await collectTopology(b);
  for (const l of ['docker network create mynet', 'docker run -d --name web -p 8080:80 nginx', 'docker run -d --name app --network mynet busybox sleep 1000', 'docker network connect mynet web', 'docker run -d --name side --network container:web busybox sleep 1000', 'docker run -d --name hosty --network host busybox sleep 1000', 'docker run -d --name nono --network none busybox sleep 1000', 'docker run --name gone busybox true']) await b.run(l);
  return { before, after: await collectTopology(b) };
}

describe('the picture', () => {
  it('never goes past the width, in English and Korean, at 40, 60 and 100 columns', async () => {
    const { before, after } = await busyHost();
    for (const lang of ['en', 'ko']) {
      for (const width of [40, 60, 100]) {
        for (const line of renderTopology(after, { width, lang, previous: before }).split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      }
    }
  });

  it('has no escape sequence without a colour style (NO_COLOR), and marks what changed in words', async () => {
    const { before, after } = await busyHost();
    const bare = renderTopology(after, { width: 80, previous: before });
    expect(bare).not.toMatch(ESC);
    expect(bare).toContain('│ web [new]');
    expect(renderTopology(after, { width: 80, previous: before, style: makeStyle(true) })).toMatch(ESC);
    expect(renderTopology(after, { width: 80 })).not.toContain('[new]');
  });

  it('shows host, none and container: modes for what they are, and lists what is gone', async () => {
    const { after } = await busyHost();
    const b = createSimulatedBackend({ kind: 'simulator', user: 'root' });
    const plain = renderTopologyPlain(after, { previous: after });
    expect(plain).toContain('--network host: the host\'s own interfaces:\n  container hosty: image busybox, running\n    host\'s eth0, lo…');
    expect(plain).toContain('--network none: only lo:\n  container nono: image busybox, running\n    lo only');
    expect(plain).toContain('  container side: image busybox, running\n    uses web\'s namespace');
    expect(plain).not.toMatch(/[│┌└═╤─▶→]|\u001b/);
    const empty = await collectTopology(b);
    expect(renderTopologyPlain(empty, { previous: after })).toContain('Gone since the last picture: interface br-b351582077cd, network mynet, container app, container gone, container hosty, container nono, container side, container web, veth veth331590b, veth veth9f7647b, veth veth9f5cf00, port 0.0.0.0:8080/tcp, port [::]:8080/tcp\n');
  });

  it('speaks Korean', async () => {
    const { after } = await busyHost();
    expect(renderTopologyPlain(after, { lang: 'ko' })).toContain('게시된 포트:\n  0.0.0.0:8080 tcp, 전달 대상 172.17.0.2:80 (web), 방법 DNAT, docker-proxy (PID ');
  });
});

describe('the trail and the diagnosis as text', () => {
  it('wraps the trail under a heading, each event a bullet with a hanging indent', () => {
    expect(renderTrail(['allocated 172.18.0.3 from mynet\'s pool 172.18.0.0/16 for web', 'attached veth1a2b3c4 to br-3f2a5b6c7d8e'], 'engine', { width: 40 })).toBe(
      'under the hood:\n'
      + '  · allocated 172.18.0.3 from mynet\'s\n'
      + '    pool 172.18.0.0/16 for web\n'
      + '  · attached veth1a2b3c4 to\n'
      + '    br-3f2a5b6c7d8e\n',
    );
    expect(renderTrail([], 'reconstructed', { width: 80, lang: 'ko' })).toBe('내부에서 일어난 일 (전후의 호스트를 비교해 재구성):\n  · 네트워크 변화 없음\n');
  });

  it('says why, then what to look at', () => {
    const d = [{ rule: 'ping-default-bridge', text: 'web1 is on the default bridge network, where Docker runs no DNS for container names.', reveal: 'docker exec web1 cat /etc/resolv.conf' }];
    expect(renderDiagnosis(d, { width: 50 })).toBe(
      'Why: web1 is on the default bridge network,\n'
      + '  where Docker runs no DNS for container names.\n'
      + '  Look: docker exec web1 cat /etc/resolv.conf\n',
    );
    expect(renderDiagnosis([], { width: 50 })).toBe('');
    expect(renderDiagnosis(d, { width: 50, style: makeStyle(true) })).toMatch(/^\u001b\[33m\u001b\[1mWhy:\u001b\[22m\u001b\[39m web1/);
  });
});
