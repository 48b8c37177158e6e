import { conflict, notFound } from '../errors.js';
import { findInCatalogue, normalizeReference } from './image-catalogue.js';
import type { Image } from './model.js';
import type { DaemonState } from './state.js';

/** Local images: a pull copies one from the simulated registry (the catalogue); nothing leaves the machine. */
export function findImage(s: DaemonState, ref: string): Image | undefined {
  const norm = normalizeReference(ref);
  for (const img of s.images.values()) if (img.repoTags.includes(norm)) return img;
  const bare = ref.replace(/^sha256:/, '');
  if (/^[0-9a-f]{1,64}$/.test(bare)) {
    const matches = [...s.images.values()].filter((i) => i.id.slice(7).startsWith(bare));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

export function resolveImage(s: DaemonState, ref: string): Image {
  const img = findImage(s, ref);
  if (!img) throw notFound(`No such image: ${normalizeReference(ref)}`);
  return img;
}

export type PullOutcome = { readonly kind: 'pulled' | 'up-to-date'; readonly image: Image; readonly tag: string };

export function pullImage(s: DaemonState, ref: string): PullOutcome {
  const found = findInCatalogue(ref);
  const norm = normalizeReference(ref);
  if (!found) {
    const repo = norm.slice(0, norm.lastIndexOf(':'));
    throw notFound(`pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`);
  }
  const existing = findImage(s, norm);
  if (existing) return { kind: 'up-to-date', image: existing, tag: found.tag };
  // Tags of one catalogue entry (ubuntu:latest and ubuntu:24.04) are one image.
  const sibling = [...s.images.values()].find((i) => i.spec === found.spec);
  if (sibling) {
    sibling.repoTags.push(norm);
    return { kind: 'pulled', image: sibling, tag: found.tag };
  }
  const image: Image = { id: `sha256:${s.rnd.hex(64)}`, spec: found.spec, repoTags: [norm], pulledAt: s.clock.now() };
  s.images.set(image.id, image);
  return { kind: 'pulled', image, tag: found.tag };
}

/** `docker rmi`: untag a reference; delete the image when no tag is left and no container uses it. */
export function removeImage(s: DaemonState, ref: string, force = false): { untagged: string[]; deleted: string[] } {
  const img = resolveImage(s, ref);
  const users = [...s.containers.values()].filter((c) => c.config.imageId === img.id);
  const norm = normalizeReference(ref);
  const byTag = img.repoTags.includes(norm);
  if (users.length > 0 && !force && (img.repoTags.length <= 1 || !byTag)) {
    const c = users[0];
    const running = users.find((u) => u.state.status === 'running');
    if (running && !byTag) throw conflict(`conflict: unable to delete ${img.id.slice(7, 19)} (cannot be forced) - image is being used by running container ${running.id.slice(0, 12)}`);
    throw conflict(`conflict: unable to remove repository reference "${ref}" (must force) - container ${c?.id.slice(0, 12)} is using its referenced image ${img.id.slice(7, 19)}`);
  }
  const untagged: string[] = [];
  if (byTag) {
    img.repoTags.splice(img.repoTags.indexOf(norm), 1);
    untagged.push(norm);
  } else {
    untagged.push(...img.repoTags);
    img.repoTags.length = 0;
  }
  const deleted: string[] = [];
  if (img.repoTags.length === 0 && users.length === 0) {
    s.images.delete(img.id);
    deleted.push(img.id);
  }
  return { untagged, deleted };
}
