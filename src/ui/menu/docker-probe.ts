import { execFile } from 'node:child_process';

/**
 * Is a real Docker engine usable here? `docker version` must reach the daemon, quickly. The
 * first run offers the real backend only then. Resolves with the engine's version, or undefined.
 */
export function probeDocker(timeoutMs = 3000): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('docker', ['version', '--format', '{{.Server.Version}}'], { timeout: timeoutMs }, (err, stdout) => {
      const v = stdout.trim();
      resolve(err || v === '' ? undefined : v);
    });
  });
}
