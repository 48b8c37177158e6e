// Run by crash.test.ts in a process of its own, which the test kills with SIGKILL: a lesson's
// setup and first solutions through the real backend, then a line that is still running
// (its container made, its `sleep` not over) when the process dies. Prints one line per step.
import { createDockerBackend } from '../../src/backend/docker.js';
import { loadCourse } from '../../src/course/loader.js';
import { runSetup, solutionLines, stepsFor } from '../../src/course/verify.js';

const lesson = loadCourse(process.argv[2]).lessons[0];
if (!lesson) throw new Error('no lesson');
const b = createDockerBackend({ kind: 'docker' });
const setup = await runSetup(lesson, b);
if (setup) throw new Error(setup);
process.stdout.write('setup done\n');
for (const step of stepsFor(lesson, 'docker').slice(0, 2)) {
  for (const line of solutionLines(step)) await b.run(line);
  process.stdout.write(`step ${step.id} done\n`);
}
process.stdout.write('interrupted line started\n');
await b.run('docker run -d --name drb-crash-mid busybox sleep 3600 && sleep 120');
process.stdout.write('not reached\n');
