import { existsSync } from 'node:fs';
import { createUserShell } from '../backend/docker/user-shell.js';
import { type DoctorReport, runDoctor } from '../backend/docker/doctor.js';
import { resolveRealUser } from '../backend/docker-user.js';
import { loadCourse } from '../course/loader.js';
import { courseImages, coursePorts } from '../course/real-engine.js';

/** The text report: one ✓/✗ line per check, the fix under a failure, then the verdict. */
export function formatDoctor(r: DoctorReport): string {
  const lines = ['dockerlings doctor: can the lessons run on your real Docker engine?', ''];
  for (const c of r.checks) {
    lines.push(`${c.ok ? '✓' : '✗'} ${c.title}`);
    if (!c.ok && c.fix) lines.push(`    fix: ${c.fix}`);
  }
  const problems = r.checks.filter((c) => !c.ok).length;
  lines.push('');
  if (!r.ok) lines.push('The real backend cannot work here until the ✗ marked above are fixed (the simulator always works: --backend simulator).');
  else if (problems > 0) lines.push(`The real backend can work here; ${problems === 1 ? 'one lesson needs' : 'some lessons need'} what is marked ✗. Then: dockerlings verify --backend docker`);
  else lines.push('All set. Next, prove the lessons on this engine: dockerlings verify --backend docker');
  return `${lines.join('\n')}\n`;
}

/** `dockerlings doctor [--json] [--lessons DIR]`: exit 1 when the real backend cannot work here. */
export async function doctorCommand(json: boolean, lessonsDir?: string): Promise<number> {
  const course = loadCourse(lessonsDir);
  const user = resolveRealUser(undefined);
  const shell = createUserShell({ user, cwd: existsSync(user.home) ? user.home : '/', timeoutMs: 30_000 });
  const report = await runDoctor({ sh: (l, t) => shell.run(l, t), images: courseImages(course), ports: coursePorts(course), user: user.name });
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatDoctor(report));
  return report.ok ? 0 : 1;
}
