import { existsSync } from 'node:fs';
import { runDoctor } from '../../backend/docker/doctor.js';
import { createUserShell } from '../../backend/docker/user-shell.js';
import { resolveRealUser } from '../../backend/docker-user.js';
import type { Course } from '../../course/loader.js';
import { courseImages, coursePorts } from '../../course/real-engine.js';

/** What the first run may offer: the real engine only when `dockerlings doctor` finds it usable. */
export interface DockerOffer {
  /** No blocking problem: offer it. */
  readonly usable: boolean;
  /** The engine, as doctor describes it (`Docker Engine 20.10.24`). */
  readonly engine?: string;
  /** Why not, when a docker CLI is here but the engine is not usable. */
  readonly problem?: string;
}

/**
 * Runs `dockerlings doctor`'s checks (they only look) while the learner picks a language.
 * Resolves with undefined when there is no docker CLI at all: nothing to say then.
 */
export async function probeDocker(course: Course | undefined): Promise<DockerOffer | undefined> {
  try {
    const user = resolveRealUser(undefined);
    const shell = createUserShell({ user, cwd: existsSync(user.home) ? user.home : '/', timeoutMs: 10_000 });
    const report = await runDoctor({ sh: (l, t) => shell.run(l, t), images: course ? courseImages(course) : [], ports: course ? coursePorts(course) : [], user: user.name });
    const cli = report.checks.find((c) => c.id === 'cli');
    if (!cli?.ok) return undefined;
    const engine = report.checks.find((c) => c.id === 'engine');
    const blocking = report.checks.find((c) => !c.ok && c.blocking);
    return { usable: report.ok, ...(engine?.ok ? { engine: (engine.title.replace(/^engine: /, '').split(',')[0] as string) } : {}), ...(blocking ? { problem: blocking.title } : {}) };
  } catch {
    return undefined;
  }
}
