import type { Container, Image } from './model.js';

/**
 * overlay2's directories under /var/lib/docker/overlay2: one per image layer (its cache ID),
 * and for each container a read-write layer with its `-init` layer below. The read-write
 * layer's ID is the layer store's own random ID, not the container's (observed: `docker
 * inspect -f '{{.GraphDriver.Data.UpperDir}}'` names another 64-hex directory). Here IDs are
 * derived from what they belong to, so that a host is reproducible.
 */

/** 64 hex digits derived from a seed string: stable layer digests and overlay2 directories. */
export function hex64(seed: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; out.length < 64; round++) {
    for (const ch of `${seed}/${round}`) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

/** RootFS.Layers: the image's layer digests, bottom first. */
export function imageLayerDigests(image: Image): string[] {
  const spec = image.spec;
  return Array.from({ length: spec.layers }, (_, i) => `sha256:${hex64(`${spec.repository}:${spec.tags[0] ?? ''}#layer${i}`)}`);
}

/** The image's layer directories, bottom first. */
export function imageLayerDirs(image: Image): string[] {
  return imageLayerDigests(image).map((l) => hex64(`overlay2:${l}`));
}

/** The directory of a container's read-write layer (its `-init` layer is this name + `-init`). */
export function containerLayerId(c: Pick<Container, 'id'>): string {
  return hex64(`rwlayer:${c.id}`);
}

/** GraphDriver.Data of a container: its init layer over the image's layers (top first), its own upper dir. */
export function containerGraphDriver(c: Pick<Container, 'id'>, image: Image | undefined): { LowerDir: string; MergedDir: string; UpperDir: string; WorkDir: string } {
  const dir = `/var/lib/docker/overlay2/${containerLayerId(c)}`;
  const lower = [`${dir}-init`, ...(image ? imageLayerDirs(image).reverse().map((d) => `/var/lib/docker/overlay2/${d}`) : [])];
  return { LowerDir: lower.map((d) => `${d}/diff`).join(':'), MergedDir: `${dir}/merged`, UpperDir: `${dir}/diff`, WorkDir: `${dir}/work` };
}
