import { EngineError } from '../../../sim/errors.js';
import { type CommandResult, fail } from '../../command-result.js';

/** What the CLI prints for an error the daemon answered with. */
export function daemonError(e: unknown): CommandResult {
  if (e instanceof EngineError) return fail(`Error response from daemon: ${e.message}\n`, 1);
  throw e;
}

/** `docker run`/`create` wrap daemon errors: "docker: Error response…" and exit 125. */
export function runDaemonError(e: unknown, path = 'docker run'): CommandResult {
  if (e instanceof EngineError) return fail(`docker: Error response from daemon: ${e.message}\n\nRun '${path} --help' for more information\n`, 125);
  throw e;
}

/** Runs `f` and turns an EngineError into the CLI's message. */
export function withDaemon(f: () => CommandResult): CommandResult {
  try {
    return f();
  } catch (e) {
    return daemonError(e);
  }
}
