import { select } from '@inquirer/prompts';
import type { Style } from '../text/style.js';

/**
 * Menus with @inquirer/prompts, shown only while no Ink screen is mounted (both read stdin).
 * Ctrl+C in a menu quits, quietly.
 */
export interface Choice<V> {
  readonly value: V;
  readonly name: string;
  readonly disabled?: string;
}

/** The key help under a menu (`↑↓ navigate • ⏎ select`), in the learner's language. */
export interface MenuKeys {
  readonly navigate: string;
  readonly select: string;
}

function theme(style: Style, keys: MenuKeys) {
  const keysHelpTip = (pairs: [string, string][]) => pairs.map(([k, action]) => `${style.bold(k)} ${style.dim(action === 'navigate' ? keys.navigate : action === 'select' ? keys.select : action)}`).join(style.dim(' • '));
  const id = (s: string) => s;
  // Without colour the prompts must not colour either (NO_COLOR, --no-color): inquirer's own
  // styles would, whatever the environment says.
  if (style.color) return { style: { keysHelpTip } };
  return { prefix: { idle: '?', done: '✔' }, style: { answer: id, message: id, error: id, defaultAnswer: id, help: id, highlight: id, key: id, disabled: id, description: id, keysHelpTip } };
}

export async function choose<V>(message: string, choices: readonly Choice<V>[], style: Style, keys: MenuKeys): Promise<V | undefined> {
  try {
    return await select<V>({
      message,
      choices: choices.map((c) => ({ value: c.value, name: c.name, ...(c.disabled ? { disabled: c.disabled } : {}) })),
      pageSize: Math.max(5, Math.min(20, (process.stdout.rows || 24) - 4)),
      loop: false,
      theme: theme(style, keys),
    });
  } catch (err) {
    if (err instanceof Error && err.name === 'ExitPromptError') return undefined;
    throw err;
  }
}
