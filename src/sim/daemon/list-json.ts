import type { ApiValue } from './api-value.js';
import { goMap } from './api-value.js';
import { endpointSettings, hasOwnPorts, mountPoints } from './container-json.js';
import { linkNamesOf } from './links.js';
import type { Container, Image } from './model.js';
import { humanDuration } from './human-duration.js';
import { repoDigests } from './image-json.js';
import type { DaemonState } from './state.js';

/** The daemon's human status: `Up 3 seconds`, `Exited (0) 2 minutes ago`, `Created`. */
export function statusText(c: Container, now: number): string {
  switch (c.state.status) {
    case 'running':
      return `Up ${humanDuration(now - c.state.startedAt)}`;
    case 'exited':
      return `Exited (${c.state.exitCode}) ${humanDuration(now - c.state.finishedAt)} ago`;
    case 'created':
      return 'Created';
    case 'paused':
      return `Up ${humanDuration(now - c.state.startedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${c.state.exitCode}) ${humanDuration(now - c.state.finishedAt)} ago`;
    default:
      return c.state.status === 'dead' ? 'Dead' : 'Removal In Progress';
  }
}

/** GET /containers/json: the summaries `docker ps` formats, newest first. */
export function containerSummaries(s: DaemonState, all: boolean): ApiValue[] {
  return [...s.containers.values()]
    .filter((c) => all || c.state.status === 'running')
    .sort((a, b) => b.created - a.created)
    .map((c) => containerSummary(s, c));
}

export function containerSummary(s: DaemonState, c: Container): ApiValue {
  const argv = [...(c.config.entrypoint ?? []), ...(c.config.cmd ?? [])];
  const image = s.images.get(c.config.imageId);
  const ports: ApiValue[] = [];
  if (c.state.status === 'running') {
    for (const [k, list] of c.ports) {
      const [port, proto] = k.split('/');
      for (const b of list) ports.push({ IP: b.hostIp, PrivatePort: Number(port), PublicPort: Number(b.hostPort), Type: proto ?? 'tcp' });
    }
  }
  // A container that never started has no NetworkSettings.Ports yet: nothing to list.
  for (const p of (c.state.startedAt === 0 && c.state.status === 'created') || !hasOwnPorts(c) ? [] : c.config.exposedPorts) {
    if (!c.ports.has(p) || c.state.status !== 'running') {
      const [port, proto] = p.split('/');
      ports.push({ PrivatePort: Number(port), Type: proto ?? 'tcp' });
    }
  }
  return {
    Id: c.id,
    Names: [`/${c.name}`, ...linkNamesOf(s, c)],
    Image: image && !image.repoTags.includes(c.config.image) && !image.repoTags.includes(`${c.config.image}:latest`) ? c.config.imageId : c.config.image,
    ImageID: c.config.imageId,
    Command: argv.map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' '),
    Created: Math.floor(c.created / 1000),
    Ports: ports,
    Labels: goMap(c.config.labels),
    State: c.state.status,
    Status: statusText(c, s.clock.now()),
    HostConfig: { NetworkMode: c.hostConfig.networkMode },
    NetworkSettings: { Networks: goMap([...c.networks.keys()].map((n) => [n, endpointSettings(s, c, n)])) },
    Mounts: mountPoints(c, true),
  };
}

/** GET /images/json: newest image first, by the image's creation date (Engine 20.10 sorts byCreated). */
export function imageSummaries(s: DaemonState): ApiValue[] {
  return [...s.images.values()].sort((a, b) => (a.spec.created < b.spec.created ? 1 : a.spec.created > b.spec.created ? -1 : b.pulledAt - a.pulledAt)).map(imageSummary);
}

export function imageSummary(i: Image): ApiValue {
  return {
    Containers: -1,
    Created: Math.floor(Date.parse(i.spec.created) / 1000),
    Id: i.id,
    Labels: null,
    ParentId: '',
    RepoDigests: repoDigests(i),
    RepoTags: [...i.repoTags],
    SharedSize: -1,
    Size: i.spec.sizeBytes,
    VirtualSize: i.spec.sizeBytes,
  };
}
