// The catalogue and the fixture images both stand for the real images: their configurations
// must agree (.ci/fixtures/images/NAME/image.conf took theirs from the official Dockerfiles).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInCatalogue } from '../../src/sim/daemon/image-catalogue.js';
import { SIM_EPOCH } from '../../src/sim/clock.js';
import { IMAGE_CATALOGUE } from '../../src/sim/daemon/image-catalogue.js';

const DIR = join(import.meta.dirname, '../../.ci/fixtures/images');

/** TAGS and the CHANGES of an image.conf: Env in order, labels, volumes, exposed ports, CMD and ENTRYPOINT. */
function readConf(name: string) {
  const text = readFileSync(join(DIR, name, 'image.conf'), 'utf8');
  const tags = /^TAGS='([^']*)'/m.exec(text)?.[1]?.split(/\s+/) ?? [];
  const changes = [...text.matchAll(/^\s+'(ENV|LABEL|VOLUME|EXPOSE|CMD|ENTRYPOINT|WORKDIR) (.*)'$/gm)].map((m) => [m[1] as string, m[2] as string] as const);
  const all = (k: string) => changes.filter(([c]) => c === k).map(([, v]) => v);
  const labels = Object.fromEntries(all('LABEL').map((l) => {
    const i = l.indexOf('=');
    return [l.slice(0, i), l.slice(i + 1).replace(/^"|"$/g, '')];
  }));
  const json = (k: string) => (all(k)[0] !== undefined ? (JSON.parse(all(k)[0] as string) as string[]) : null);
  return { tags, env: all('ENV'), labels, volumes: all('VOLUME'), exposed: all('EXPOSE').flatMap((e) => e.split(' ')), cmd: json('CMD'), entrypoint: json('ENTRYPOINT'), workdir: all('WORKDIR')[0] ?? '' };
}

describe('the image catalogue and the fixture images', () => {
  for (const name of readdirSync(DIR)) {
    const conf = readConf(name);
    for (const tag of conf.tags) {
      it(`${tag}: same Env, labels, volumes, ports, command and working directory`, () => {
        const spec = findInCatalogue(tag)?.spec;
        expect(spec, tag).toBeDefined();
        if (!spec) return;
        expect([...spec.env]).toEqual(conf.env);
        expect(spec.labels ?? {}).toEqual(conf.labels);
        expect([...(spec.volumes ?? [])]).toEqual(conf.volumes);
        expect([...spec.exposedPorts]).toEqual(conf.exposed);
        expect(spec.cmd && spec.cmd.length > 0 ? [...spec.cmd] : null).toEqual(conf.cmd && conf.cmd.length > 0 ? conf.cmd : null);
        expect(spec.entrypoint ? [...spec.entrypoint] : null).toEqual(conf.entrypoint);
        // netshoot's own Dockerfile has WORKDIR /root, which the fixture leaves out
        if (tag !== 'nicolaka/netshoot:latest') expect(spec.workingDir).toBe(conf.workdir);
        // The release files both have (/etc/os-release, /etc/issue, /etc/alpine-release…) say the same.
        for (const [path, content] of Object.entries(spec.userland.files)) {
          const file = join(DIR, name, 'rootfs', path);
          if (existsSync(file)) expect(content, path).toBe(readFileSync(file, 'utf8'));
        }
      });
    }
  }

  it('every image was built before the simulated host boots (docker images never says "Less than a second ago")', () => {
    for (const spec of IMAGE_CATALOGUE) expect(Date.parse(spec.created), spec.repository).toBeLessThan(SIM_EPOCH);
  });
});
