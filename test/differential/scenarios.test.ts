// The rules every differential scenario keeps, checked without an engine: they must be safe to
// replay on a shared machine and deterministic on a freshly restarted dockerd.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarios, SCENARIO_DIR, scenarioResources } from './scenarios.js';

// The images .ci/fixtures builds: a scenario that names another image would make dockerd try a pull.
const FIXTURES = new Set(['busybox', 'alpine', 'ubuntu', 'ubuntu:16.04', 'ubuntu:latest', 'httpd', 'nginx', 'mysql', 'docker', 'docker:cli', 'registry:2', 'nicolaka/netshoot']);

describe('differential scenarios', () => {
  const scenarios = loadScenarios();

  it('are named NN-name.sh and there are some', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
    const files = readdirSync(SCENARIO_DIR);
    expect(files.filter((f) => !/^\d\d-[a-z0-9-]+\.sh$/.test(f))).toEqual([]);
  });

  for (const s of scenarios) {
    describe(s.name, () => {
      it('names what it creates dlt-… (a 1-character name is refused by docker, and allowed as a mistake)', () => {
        const created: string[] = [];
        for (const line of s.lines) {
          for (const m of line.matchAll(/--name[= ](\S+)/g)) created.push(m[1] ?? '');
          const net = /^docker network create\b.*?\s(\S+)$/.exec(line);
          if (net) created.push(net[1] ?? '');
        }
        expect(created.filter((n) => !n.startsWith('dlt-') && n.length > 1)).toEqual([]);
      });

      it('uses only fixture images, never pulls, never asks for a terminal', () => {
        for (const line of s.lines) {
          expect(line).not.toMatch(/docker (image )?pull/);
          // A replayed line has no terminal: no -i, -t, -it (docker stop -t 0 is a time-out).
          expect(line).not.toMatch(/^docker (?:run|exec|create)\b.*\s(?:-[it]{1,2}|--interactive|--tty)(?:\s|$)/);
          const run = /^docker (?:run|create)\s(.*)$/.exec(line);
          if (!run) continue;
          // The image is the first word that is neither an option nor an option's value.
          const words = (run[1] ?? '').split(/\s+/);
          const withValue = new Set(['--name', '--network', '--net', '--network-alias', '--hostname', '-h', '-p', '-e', '--env', '--link', '--ip', '-v', '--volume', '-w', '--workdir', '-u', '--user', '--dns', '--dns-search', '--dns-option', '--add-host', '--entrypoint', '--expose', '--label', '-l', '--restart', '--mount']);
          let image: string | undefined;
          for (let i = 0; i < words.length; i++) {
            const w = words[i] ?? '';
            if (withValue.has(w)) i++;
            else if (!w.startsWith('-')) {
              image = w;
              break;
            }
          }
          expect(FIXTURES.has(image ?? ''), `${line}: image ${image}`).toBe(true);
        }
      });

      it('contacts only its own containers, 127.0.0.1 or localhost', () => {
        for (const line of s.lines) {
          for (const m of line.matchAll(/\b(?:ping|curl|wget|nc)\b[^|;&]*/g)) {
            const hosts = m[0].match(/\b\d+\.\d+\.\d+\.\d+\b/g) ?? [];
            for (const h of hosts) expect(h, line).toMatch(/^(127\.0\.0\.1|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$/);
          }
        }
      });
    });
  }

  it('finds the names to clean up', () => {
    expect(scenarioResources('docker run --name dlt-a busybox\n# dlt-comment\ndocker network create dlt-net\n')).toEqual(['dlt-a', 'dlt-net']);
  });
});
