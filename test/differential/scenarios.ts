// The differential scenarios: replay scripts under scenarios/, one command line per line.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptLines } from '../../src/backend/replay.js';

export const SCENARIO_DIR = fileURLToPath(new URL('./scenarios/', import.meta.url));
export const RECORDED_DIR = fileURLToPath(new URL('./recorded/', import.meta.url));

export interface Scenario {
  /** File name without `.sh`, e.g. `04-default-bridge-names`. */
  readonly name: string;
  readonly lines: readonly string[];
  /** Every container or network name it may create (all start with `dlt-`): what cleanup removes. */
  readonly resources: readonly string[];
}

/** Every `dlt-…` word of a script: the names its containers and networks may have. */
export function scenarioResources(text: string): string[] {
  const names = new Set<string>();
  for (const line of scriptLines(text)) {
    for (const m of line.matchAll(/(?<![\w-])dlt-[A-Za-z0-9_.-]+/g)) names.add(m[0].replace(/[.]+$/, ''));
  }
  return [...names].sort();
}

export function loadScenario(file: string): Scenario {
  const text = readFileSync(file, 'utf8');
  return { name: basename(file).replace(/\.sh$/, ''), lines: scriptLines(text), resources: scenarioResources(text) };
}

/** All scenarios in order; `only` (names or NN prefixes) narrows them down. */
export function loadScenarios(only: readonly string[] = []): Scenario[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => /^\d\d-[\w-]+\.sh$/.test(f))
    .sort()
    .map((f) => loadScenario(join(SCENARIO_DIR, f)))
    .filter((s) => only.length === 0 || only.some((o) => s.name === o || s.name.startsWith(`${o}-`)));
}

export const recordedPath = (s: Scenario): string => join(RECORDED_DIR, `${s.name}.jsonl`);
