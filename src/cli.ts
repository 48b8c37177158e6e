import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { BackendKind } from './backend/backend.js';
import { USAGE, UsageError } from './cli/usage.js';
import { LessonLoadError } from './course/problems.js';

/**
 * Entry point: parse, dispatch, map errors to exit codes. Imported by nothing. Every command is
 * loaded only when it runs (dynamic import): `--version` and `list` must start fast, and never
 * load the screen's code (Ink, React, marked-terminal).
 */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function backendKind(v: string | undefined): BackendKind | undefined {
  if (v === undefined) return undefined;
  if (v === 'simulator' || v === 'sim') return 'simulator';
  if (v === 'docker') return 'docker';
  throw new UsageError(`unknown backend '${v}': use simulator or docker`);
}

function language(v: string | undefined): string | undefined {
  if (v === undefined || v === 'en' || v === 'ko') return v;
  throw new UsageError(`unknown language '${v}': use en or ko`);
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
      plain: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      after: { type: 'string' },
      width: { type: 'string' },
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
  const chosen = backendKind(values.backend);
  const kind = chosen ?? 'simulator';
  const lang = language(values.lang);
  const [command = 'tutorial', ...rest] = positionals;
  // The screen needs a terminal on both ends, and Ink draws nothing under CI (is-in-ci's test):
  // anything else gets the plain line mode.
  const env = process.env;
  const ci = env.CI !== '0' && env.CI !== 'false' && ('CI' in env || 'CONTINUOUS_INTEGRATION' in env || Object.keys(env).some((k) => k.startsWith('CI_')));
  const plain = values.plain === true || ci || process.stdin.isTTY !== true || process.stdout.isTTY !== true;
  const noColor = values['no-color'] === true;
  switch (command) {
    case 'tutorial':
    case 'learn': {
      if (rest.length > 1) throw new UsageError(`${command} takes at most one LESSON`);
      const { runTutorial } = await import('./ui/tutorial.js');
      return runTutorial({ ...(chosen ? { kind: chosen } : {}), ...(lang ? { lang } : {}), ...(values.lessons ? { lessonsDir: values.lessons } : {}), ...(rest[0] ? { lesson: rest[0] } : {}), ...(values.user ? { user: values.user } : {}), plain, noColor });
    }
    case 'replay': {
      if (rest.length > 1) throw new UsageError('replay takes one FILE (or - for stdin)');
      const { replayCommand } = await import('./cli/replay-command.js');
      return replayCommand(rest[0], kind, values.user);
    }
    case 'verify': {
      const { verifyCommand } = await import('./cli/course-commands.js');
      return verifyCommand(rest, kind, values.json === true, values.lessons);
    }
    case 'lint': {
      if (rest.length > 1) throw new UsageError('lint takes one DIR');
      const { lintCommand } = await import('./cli/course-commands.js');
      return lintCommand(rest[0] ?? values.lessons);
    }
    case 'list': {
      const { listCommand } = await import('./cli/list-command.js');
      return listCommand(values.json === true, kind, lang ?? 'en', values.lessons);
    }
    case 'reset': {
      const { resetCommand } = await import('./cli/course-commands.js');
      return resetCommand(rest, values.lessons);
    }
    case 'topology':
      return (await import('./cli/topology-command.js')).topologyCommand({ kind, backendChosen: chosen !== undefined, rest, after: values.after, plain: values.plain === true, json: values.json === true, width: values.width, noColor, user: values.user, lang });
    case 'doctor':
      return (await import('./cli/doctor-command.js')).doctorCommand(values.json === true, values.lessons);
    case 'clean':
      return (await import('./cli/clean-command.js')).cleanCommand(values.json === true);
    case 'sandbox':
    case 'shell': {
      if (rest.length > 0) throw new UsageError(`${command} takes no arguments`);
      if (plain) {
        const { sandboxCommand } = await import('./cli/sandbox-command.js');
        return sandboxCommand(kind, values.user);
      }
      const { runTutorial } = await import('./ui/tutorial.js');
      return runTutorial({ kind, ...(lang ? { lang } : {}), ...(values.user ? { user: values.user } : {}), sandbox: true, plain, noColor });
    }
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
