import type { CommandResult } from '../command-result.js';
import type { Flavor } from '../tool-io.js';
import { BUSYBOX_BANNER, busyboxUsage } from './busybox-usage.js';

// What a tool prints after an option error, and with which status. GNU tools print one
// or two hint lines; busybox prints its banner and the applet's whole usage text.

interface GnuUsage {
  /** Lines after the error message. */
  readonly hint: string;
  readonly status: number;
}

const gnuTry = (tool: string): string => `Try '${tool} --help' for more information.\n`;

const gnu: Readonly<Record<string, GnuUsage>> = {
  cat: { hint: gnuTry('cat'), status: 1 },
  grep: { hint: `Usage: grep [OPTION]... PATTERNS [FILE]...\n${gnuTry('grep')}`, status: 2 },
  head: { hint: gnuTry('head'), status: 1 },
  tail: { hint: gnuTry('tail'), status: 1 },
  wc: { hint: gnuTry('wc'), status: 1 },
  sort: { hint: gnuTry('sort'), status: 2 },
  uniq: { hint: gnuTry('uniq'), status: 1 },
  cut: { hint: gnuTry('cut'), status: 1 },
  tr: { hint: gnuTry('tr'), status: 1 },
};

const busyboxStatus: Readonly<Record<string, number>> = { grep: 2, sort: 2 };

/** The busybox banner and usage text, as `--help` and option errors print them. */
export function busyboxHelp(tool: string): string {
  return `${BUSYBOX_BANNER}\n\n${busyboxUsage[tool] ?? ''}\n`;
}

/**
 * An option or operand error: `message` (undefined for none, as `grep` without a pattern
 * prints only the usage), then the tool's usage hint. GNU statuses: 2 for grep and sort, else 1.
 */
export function usageError(tool: string, flavor: Flavor, message: string | undefined): CommandResult {
  const first = message === undefined ? '' : `${message}\n`;
  if (flavor === 'busybox') {
    return { stdout: '', stderr: first + busyboxHelp(tool), exitCode: busyboxStatus[tool] ?? 1 };
  }
  const usage = gnu[tool] ?? { hint: gnuTry(tool), status: 1 };
  return { stdout: '', stderr: first + usage.hint, exitCode: usage.status };
}

/** A real option the simulator does not implement: the simulator's usual words, status 1. */
export function notSimulated(tool: string, option: string): CommandResult {
  return { stdout: '', stderr: `dockerlings: '${tool} ${option}' is not simulated yet — try it with --backend docker\n`, exitCode: 1 };
}
