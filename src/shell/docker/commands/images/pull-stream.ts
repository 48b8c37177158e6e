import { normalizeReference } from '../../../../sim/daemon/image-catalogue.js';
import type { Engine } from '../../../../sim/daemon/engine.js';
import type { Image } from '../../../../sim/daemon/model.js';
import { EngineError } from '../../../../sim/errors.js';

/**
 * A pull as the CLI shows it when its output is not a terminal (jsonmessage.Display with
 * isTerminal=false): progress messages (Downloading/Extracting with bars) are dropped, the
 * status lines remain — one per layer event, then the digest and the outcome. The simulated
 * registry is the image catalogue; nothing leaves the machine.
 */

/** 12 hex digits, stable per image layer (the registry's layer digests, shortened). */
function layerId(repo: string, tag: string, i: number): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 2; round++) {
    for (const ch of `${repo}:${tag}#${i}/${round}`) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 12);
}

/** `busybox` → `busybox:latest`; `docker.io/library/x:1` → `x:1` (the familiar form). */
export function familiar(ref: string): string {
  return normalizeReference(ref);
}

/** `docker.io/library/httpd:latest`, `docker.io/nicolaka/netshoot:latest`. */
export function fullyQualified(ref: string): string {
  const f = familiar(ref);
  return `docker.io/${f.includes('/') ? f : `library/${f}`}`;
}

function digestOf(image: Image): string {
  return `sha256:${image.id.slice(7).split('').reverse().join('')}`;
}

export type PullResult = { readonly ok: true; readonly text: string; readonly image: Image } | { readonly ok: false; readonly error: string };

/** Pulls `ref` into the daemon and renders the stream; `error` is the daemon's message. */
export function pullWithOutput(engine: Engine, ref: string): PullResult {
  let outcome;
  try {
    outcome = engine.imagePull(ref);
  } catch (e) {
    if (e instanceof EngineError) return { ok: false, error: e.message };
    throw e;
  }
  const { image, tag, kind } = outcome;
  const name = familiar(ref);
  const lines = [`${tag}: Pulling from ${image.spec.remote}`];
  if (kind === 'pulled') {
    const ids = Array.from({ length: image.spec.layers }, (_, i) => layerId(image.spec.repository, tag, i));
    for (const id of ids) lines.push(`${id}: Pulling fs layer`);
    ids.forEach((id, i) => {
      if (i >= 3) lines.push(`${id}: Waiting`); // three downloads at a time
    });
    for (const id of ids) lines.push(`${id}: Verifying Checksum`, `${id}: Download complete`);
    for (const id of ids) lines.push(`${id}: Pull complete`);
  }
  lines.push(`Digest: ${digestOf(image)}`);
  lines.push(kind === 'pulled' ? `Status: Downloaded newer image for ${name}` : `Status: Image is up to date for ${name}`);
  return { ok: true, text: lines.map((l) => `${l}\n`).join(''), image };
}
