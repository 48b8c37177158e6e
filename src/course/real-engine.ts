import type { Backend, BackendKind } from '../backend/backend.js';
import { imagesIn, type PublishedPort, publishedPortsIn, type ResourceName, resourceNamesIn } from '../backend/docker/lesson-scan.js';
import { checkPolicy, type ConsentStore } from './check-policy.js';
import type { Course, Lesson } from './loader.js';

/**
 * A lesson on a learner's own engine: what it will run (setup and the solutions of the steps
 * this backend has), the names that must not belong to the learner, the images and ports it
 * needs (for `dockerlings doctor`), and whether it may start at all.
 */
export function lessonLines(lesson: Lesson, kind: BackendKind = 'docker'): string[] {
  // As verify.ts's stepsFor/solutionLines (not imported: verify imports this module).
  const steps = lesson.spec.steps.filter((s) => !s.backends || s.backends.includes(kind));
  return [...(lesson.spec.setup?.run ?? []), ...steps.flatMap((s) => (Array.isArray(s.solution) ? s.solution : [s.solution]))];
}

export const lessonResourceNames = (lesson: Lesson): ResourceName[] => resourceNamesIn(lessonLines(lesson));

/** Every image the course's real-engine lessons run, as written in them. */
export function courseImages(course: Course): string[] {
  return [...new Set(course.lessons.filter((l) => l.spec.backends.includes('docker')).flatMap((l) => imagesIn(lessonLines(l))))];
}

export function coursePorts(course: Course): PublishedPort[] {
  const all = course.lessons.filter((l) => l.spec.backends.includes('docker')).flatMap((l) => publishedPortsIn(lessonLines(l)));
  return [...new Map(all.map((p) => [`${p.proto} ${p.port} ${p.ip ?? ''}`, p])).values()].sort((a, b) => a.port - b.port);
}

/**
 * Why this lesson may not start on this backend, or undefined when it may: checks that are not
 * read-only without the learner's consent, or names that belong to the learner's own
 * containers, networks or volumes (the lesson would remove or reuse them). The simulator's
 * host is always fresh: never refused there.
 */
export async function startRefusal(lesson: Lesson, backend: Backend, consents?: ConsentStore): Promise<string | undefined> {
  if (backend.kind !== 'docker') return undefined;
  const policy = checkPolicy(lesson, backend.kind, consents);
  if (!policy.ok) return policy.reason;
  const pre = await backend.preflight?.(lessonResourceNames(lesson));
  if (pre && pre.clashes.length > 0) return pre.clashes.map((c) => c.message).join('\n');
  return undefined;
}
