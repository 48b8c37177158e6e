import { readFile } from 'node:fs/promises';
import type { Backend, BackendKind } from '../backend/backend.js';
import { createBackend } from '../backend/factory.js';
import { replay, scriptLines } from '../backend/replay.js';
import { collectLab } from '../course/topology/lab.js';
import { makeStyle, wantColor } from '../ui/text/style.js';
import { renderTopology } from '../ui/topology/picture.js';
import { renderTopologyPlain } from '../ui/topology/plain.js';
import { UsageError } from './usage.js';

export interface TopologyCommandOptions {
  readonly kind: BackendKind;
  /** --backend was given (so --after can refuse docker). */
  readonly backendChosen: boolean;
  readonly rest: readonly string[];
  readonly after?: string;
  readonly plain: boolean;
  readonly json: boolean;
  readonly width?: string;
  readonly noColor: boolean;
  readonly user?: string;
  readonly lang?: string;
}

/**
 * `dockerlings topology [--backend docker] [--after SCRIPT] [--plain] [--json] [--width N]`:
 * the picture of a host's networking. On the simulator a fresh host, or with --after the host
 * that replaying SCRIPT leaves (as `dockerlings replay` runs it); with --backend docker this
 * machine's engine, read with read-only commands. When an overlay spans other machines (its
 * Peers), they are read too, through ssh, and the picture is the lab's (course/topology/lab.ts).
 */
export async function topologyCommand(o: TopologyCommandOptions): Promise<number> {
  if (o.rest.length > 0) throw new UsageError('topology takes no arguments (use --after SCRIPT)');
  if (o.after !== undefined && o.kind === 'docker') throw new UsageError('--after replays a script on the simulator: it cannot be used with --backend docker');
  const width = o.width === undefined ? (process.stdout.columns ?? 100) : Number(o.width);
  if (!Number.isInteger(width) || width < 30) throw new UsageError(`--width must be a number of columns, at least 30 (got '${o.width}')`);
  const backend: Backend = await createBackend({ kind: o.after !== undefined ? 'simulator' : o.kind, ...(o.user ? { user: o.user } : {}) });
  try {
    if (o.after !== undefined) {
      const text = o.after === '-' ? await readStdin() : await readFile(o.after, 'utf8');
      for await (const _ of replay(backend, scriptLines(text))) void _;
    }
    const graph = await collectLab(backend);
    if (o.json) process.stdout.write(`${JSON.stringify(graph, null, 2)}\n`);
    else if (o.plain) process.stdout.write(renderTopologyPlain(graph, { lang: o.lang ?? 'en' }));
    else {
      const style = makeStyle(wantColor(process.env, o.noColor, process.stdout.isTTY === true));
      process.stdout.write(renderTopology(graph, { width, style, lang: o.lang ?? 'en' }));
    }
  } finally {
    await backend.dispose();
  }
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
