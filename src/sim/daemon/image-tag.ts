import { normalizeReference } from './image-catalogue.js';
import { resolveImage } from './images.js';
import type { Image } from './model.js';
import type { DaemonState } from './state.js';

/**
 * POST /images/{name}/tag: the target reference now points at the source image; if it
 * pointed at another image, that one loses it (and stays, untagged, if nothing else names it).
 */
export function tagImage(s: DaemonState, source: string, target: string): Image {
  const image = resolveImage(s, source);
  const ref = normalizeReference(target);
  for (const other of s.images.values()) {
    const i = other.repoTags.indexOf(ref);
    if (i >= 0 && other !== image) other.repoTags.splice(i, 1);
  }
  if (!image.repoTags.includes(ref)) image.repoTags.push(ref);
  return image;
}
