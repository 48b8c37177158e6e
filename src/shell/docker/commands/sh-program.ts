import { fail, ok } from '../../command-result.js';
import type { Program, ProgramEntry } from '../../program.js';

/**
 * `sh` / `bash` run as a program (not as the learner's interactive shell): `sh -c SCRIPT`,
 * `sh FILE`, or commands read from stdin. What a container's PID 1 or a `docker exec c sh -c …`
 * runs. Options other than -c are accepted and have no effect here.
 */
function shellProgram(name: 'sh' | 'bash'): Program {
  return (args, ctx) => {
    const busybox = ctx.flavor === 'busybox';
    const me = busybox ? 'sh' : name;
    let i = 0;
    let script: string | undefined;
    for (; i < args.length; i++) {
      const a = args[i] as string;
      if (a === '-c') {
        script = args[i + 1];
        if (script === undefined) return busybox ? fail('sh: -c requires an argument\n', 2) : fail(`${me}: -c: option requires an argument\n`, 2);
        i += 2;
        break;
      }
      if (a === '--' || !a.startsWith('-') || a === '-') break;
    }
    if (script !== undefined) return ctx.runLine(script, ctx.stdin);
    const file = args[i];
    if (file === undefined || file === '-') return ctx.runLine(ctx.stdin, '');
    const r = ctx.readFile(file);
    if (r.kind !== 'file') {
      return busybox ? fail(`sh: can't open '${file}': No such file or directory\n`, 2) : fail(`${me}: ${file}: No such file or directory\n`, 127);
    }
    return ctx.runLine(r.content, ctx.stdin);
  };
}

/** `env`: the process's environment, one NAME=value a line, in its order. Options are not simulated. */
const env: Program = (args, ctx) => {
  if (args.length > 0) return fail(`dockerlings: 'env ${args.join(' ')}' is not simulated yet — try it with --backend docker\n`, 1);
  return ok([...ctx.env].map(([k, v]) => `${k}=${v}\n`).join(''));
};

export const shellPrograms: readonly ProgramEntry[] = [
  { name: 'env', run: env, where: 'both' },
  { name: 'true', run: () => ok(), where: 'both' },
  { name: 'false', run: () => fail('', 1), where: 'both' },
  { name: 'sh', run: shellProgram('sh'), where: 'both' },
  { name: 'bash', run: shellProgram('bash'), where: 'both' },
  { name: 'ash', run: shellProgram('sh'), where: 'container' },
];
