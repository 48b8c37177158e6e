// The stories of scenario.txt and the ratchet of lines the simulator already agrees on.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Story, parseScenario } from './scenario.js';

export const BASELINE_FILE = fileURLToPath(new URL('./baseline.json', import.meta.url));

export function loadStories(): Story[] {
  return parseScenario(readFileSync(new URL('./scenario.txt', import.meta.url), 'utf8'));
}

export function readBaseline(): Record<string, readonly string[]> {
  return existsSync(BASELINE_FILE) ? (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Record<string, string[]>) : {};
}
