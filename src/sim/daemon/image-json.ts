import { type ApiValue, goMap } from './api-value.js';
import { hex64, imageLayerDigests, imageLayerDirs } from './layers.js';
import type { Image } from './model.js';

/**
 * GET /images/{name}/json, field for field as Engine 20.10 answers for an image pulled from
 * a registry (built with BuildKit: no build container, no docker version recorded).
 */

const EMPTY_CONFIG: ApiValue = {
  Hostname: '', Domainname: '', User: '', AttachStdin: false, AttachStdout: false, AttachStderr: false,
  Tty: false, OpenStdin: false, StdinOnce: false, Env: null, Cmd: null, Image: '', Volumes: null,
  WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: null,
};

/** The image's repo digest (`busybox@sha256:…`), as the summary and the pull output show it. */
export function repoDigest(image: Image, repoTag: string): string {
  return `${repoTag.slice(0, repoTag.lastIndexOf(':'))}@sha256:${image.id.slice(7).split('').reverse().join('')}`;
}

/**
 * RepoDigests: one per repository the image was pulled from. A name given locally with
 * `docker tag` has no digest (no registry ever served the image under it).
 */
export function repoDigests(image: Image): string[] {
  const pulled = image.repoTags.filter((t) => t.slice(0, t.lastIndexOf(':')) === image.spec.repository);
  return pulled.length > 0 ? [repoDigest(image, pulled[0] as string)] : [];
}

export function imageJson(image: Image): ApiValue {
  const spec = image.spec;
  const layers = imageLayerDigests(image);
  const dirs = imageLayerDirs(image);
  const top = dirs[dirs.length - 1] ?? hex64(image.id);
  const lower = dirs.slice(0, -1).reverse().map((d) => `/var/lib/docker/overlay2/${d}/diff`).join(':');
  return {
    Id: image.id,
    RepoTags: [...image.repoTags],
    RepoDigests: repoDigests(image),
    Parent: '',
    Comment: 'buildkit.dockerfile.v0',
    Created: spec.created,
    Container: '',
    ContainerConfig: EMPTY_CONFIG,
    DockerVersion: '',
    Author: '',
    Config: {
      Hostname: '', Domainname: '', User: '', AttachStdin: false, AttachStdout: false, AttachStderr: false,
      ...(spec.exposedPorts.length > 0 ? { ExposedPorts: goMap(spec.exposedPorts.map((p) => [p, goMap()])) } : {}),
      Tty: false, OpenStdin: false, StdinOnce: false,
      Env: [...spec.env],
      Cmd: spec.cmd ? [...spec.cmd] : null,
      Image: '',
      Volumes: spec.volumes?.length ? goMap(spec.volumes.map((v) => [v, goMap()])) : null,
      WorkingDir: spec.workingDir,
      Entrypoint: spec.entrypoint ? [...spec.entrypoint] : null,
      OnBuild: null,
      Labels: spec.labels ? goMap(Object.entries(spec.labels)) : null,
    },
    Architecture: 'amd64',
    Os: 'linux',
    Size: spec.sizeBytes,
    VirtualSize: spec.sizeBytes,
    GraphDriver: {
      Data: {
        ...(lower ? { LowerDir: lower } : {}),
        MergedDir: `/var/lib/docker/overlay2/${top}/merged`,
        UpperDir: `/var/lib/docker/overlay2/${top}/diff`,
        WorkDir: `/var/lib/docker/overlay2/${top}/work`,
      },
      Name: 'overlay2',
    },
    RootFS: { Type: 'layers', Layers: layers },
    Metadata: { LastTagTime: '0001-01-01T00:00:00Z' },
  };
}
