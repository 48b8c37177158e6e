import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { BackendKind } from './backend/backend.js';
import { lintCommand, listCommand, resetCommand, verifyCommand } from './cli/course-commands.js';
import { replayCommand } from './cli/replay-command.js';
import { sandboxCommand } from './cli/sandbox-command.js';
import { USAGE, UsageError } from './cli/usage.js';
import { LessonLoadError } from './course/problems.js';

/** Entry point: parse, dispatch, map errors to exit codes. Imported by nothing. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function backendKind(v: string | undefined): BackendKind {
  if (v === undefined || v === 'simulator' || v === 'sim') return 'simulator';
  if (v === 'docker') return 'docker';
  throw new UsageError(`unknown backend '${v}': use simulator or docker`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      backend: { type: 'string' },
      user: { type: 'string' },
      lessons: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const kind = backendKind(values.backend);
  const [command = 'sandbox', ...rest] = positionals;
  switch (command) {
    case 'replay':
      if (rest.length > 1) throw new UsageError('replay takes one FILE (or - for stdin)');
      return replayCommand(rest[0], kind, values.user);
    case 'verify':
      return verifyCommand(rest, kind, values.json === true, values.lessons);
    case 'lint':
      if (rest.length > 1) throw new UsageError('lint takes one DIR');
      return lintCommand(rest[0] ?? values.lessons);
    case 'list':
      return listCommand(values.json === true, kind, values.lang ?? 'en', values.lessons);
    case 'reset':
      return resetCommand(rest, values.lessons);
    case 'sandbox':
    case 'shell':
      return sandboxCommand(kind, values.user);
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof LessonLoadError) {
      process.stderr.write(`dockerlings: the lessons have problems:\n${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    if (err instanceof UsageError || (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`dockerlings: ${err.message}\nRun 'dockerlings --help' for usage.\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`dockerlings: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
