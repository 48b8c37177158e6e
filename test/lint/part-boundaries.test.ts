import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import arrows are a lint rule; prove it fires (and stays quiet) on real paths.
const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function messages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'dockerlings/part-boundaries').map((m) => m.message);
}

describe('the part boundaries', () => {
  it('refuses an import to the right', async () => {
    expect(await messages('src/sim/x.ts', "import { y } from '../shell/y.js';\nexport const x = y;\n")).toEqual([
      "src/sim may not import src/shell (../shell/y.js): a part imports only the parts to its left (docs/architecture.md).",
    ]);
    expect(await messages('src/course/x.ts', "export { y } from '../ui/y.js';\n")).toHaveLength(1);
    expect(await messages('src/shell/x.ts', "const m = await import('../cli.js');\nexport default m;\n")).toHaveLength(1);
  });

  it('allows imports to the left and inside a part, including a folder named cli inside shell', async () => {
    expect(await messages('src/shell/docker/commands/x.ts', "import { f } from '../cli/flags.js';\nimport { s } from '../../../sim/host.js';\nexport const x = [f, s];\n")).toEqual([]);
    expect(await messages('src/cli/x.ts', "import { r } from '../course/runner.js';\nexport const x = r;\n")).toEqual([]);
  });

  it('keeps the docker backend away from the simulator', async () => {
    expect(await messages('src/backend/docker.ts', "import { s } from '../shell/index.js';\nexport const x = s;\n")).toEqual([
      'the docker backend imports nothing from src/shell (../shell/index.js), only types re-exported by backend.ts.',
    ]);
  });
});
