// Randomized comparison with the real docker CLI (a development tool, not a
// test): generates templates from fields of the gotpl-c fixture, literals and
// functions, runs each through `docker inspect -f` and through inspectFormat,
// and prints every difference. Needs the gotpl-c container of
// fixtures/engine-data.ts, still running as recorded (same Pid), and Docker.
//   npx tsx test/shell/go-template/compare-with-docker.ts [seed] [count]
// Differences in pointer addresses (0xc...) are expected: Go prints real ones.
import { spawnSync } from 'node:child_process';
import { inspectFormat } from '../../../src/shell/go-template/index.js';
import { container } from './fixtures/engine-data.js';

let seed = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 100);
const rnd = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;

const fields = [
  '.Name', '.State', '.State.Pid', '.State.Status', '.State.Running', '.Config.Labels', '.Config.Env', '.Config.Cmd',
  '.Config.Labels.a', '.Config.Labels.c', '.HostConfig.Links', '.HostConfig.NetworkMode', '.NetworkSettings.Ports',
  '.Mounts', '.Id', '.Config.Labels.nope', '.State.Health', '.Config.ExposedPorts', '.HostConfig.RestartPolicy',
  '.GraphDriver.Data', '$', '.', '.Config.Hostname', '.State.ExitCode', '.NetworkSettings.Networks',
  '(index .NetworkSettings.Networks "gotpl-net")', '(index .NetworkSettings.Networks "gotpl-net").Aliases',
  '.NetworkSettings.Networks.x', '.Config.Volumes', '.State.StartedAt', '.Args', '.HostConfig.LogConfig.Config',
];
const literals = ['1', '0', '-2', '1.5', '0.0', '"a"', '""', '"x y"', 'true', 'false', 'nil', "'c'", '3', '1e3', '0x1f', '"héllo"'];
const unary = ['len', 'not', 'json', 'print', 'println', 'html', 'js', 'urlquery', 'lower', 'upper', 'title'];
const binary = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'and', 'or', 'index', 'slice', 'join', 'split', 'truncate', 'print', 'printf'];
const verbs = ['%v', '%d', '%s', '%q', '%T', '%5v|%-3s', '%x', '%+v', '%#v', '%t %v', '%6.2f', '%c', '%U', '%e', '% x'];

function operand(depth: number): string {
  const r = rnd();
  if (depth > 2 || r < 0.45) return pick(fields);
  if (r < 0.7) return pick(literals);
  if (r < 0.85) return `(${pick(unary)} ${operand(depth + 1)})`;
  return `(${pick(binary)} ${operand(depth + 1)} ${operand(depth + 1)})`;
}

function action(): string {
  const r = rnd();
  if (r < 0.25) return `{{${pick(unary)} ${operand(0)}}}`;
  if (r < 0.5) return `{{${pick(binary)} ${operand(0)} ${operand(0)}}}`;
  if (r < 0.6) return `{{printf "${pick(verbs)}" ${operand(0)} ${operand(0)}}}`;
  if (r < 0.65) return `{{$x := ${operand(0)}}}{{$x}}{{$x = ${operand(0)}}}{{$x}}`;
  if (r < 0.72) return `{{if ${operand(0)}}}T{{else}}F{{end}}`;
  if (r < 0.8) return `{{range $i, $v := ${operand(0)}}}[{{$i}}:{{$v}}]{{else}}E{{end}}`;
  if (r < 0.9) return `{{with ${operand(0)}}}<{{.}}>{{end}}`;
  return `{{${operand(0)} | ${pick(unary)}}}`;
}

let differences = 0;
for (let i = 0; i < count; i++) {
  const format = action() + (rnd() < 0.3 ? ` ${action()}` : '');
  const r = spawnSync('docker', ['inspect', '-f', format, 'gotpl-c'], { encoding: 'utf8' });
  const real = { stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
  const ours = inspectFormat(format, [container]);
  const addr = (s: string): string => s.replace(/0xc[0-9a-f]+/gi, '0xADDR');
  if (addr(real.stdout) !== addr(ours.stdout) || real.stderr !== ours.stderr || real.exitCode !== ours.exitCode) {
    differences++;
    console.log(`format ${JSON.stringify(format)}\n  docker ${JSON.stringify(real)}\n  ours   ${JSON.stringify(ours)}`);
  }
}
console.log(`${differences} differences in ${count} templates`);
