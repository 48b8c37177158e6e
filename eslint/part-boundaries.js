// A local ESLint rule: the import arrows of docs/architecture.md,
//   sim ← shell ← backend ← course ← ui ← cli
// checked on *resolved* paths (a folder named cli/ inside shell/ is not the CLI), so a
// part imports only the parts to its left. The real-Docker backend imports no simulator.
import { dirname, relative, resolve, sep } from 'node:path';

const ORDER = ['sim', 'shell', 'backend', 'course', 'ui', 'cli'];

/** Which part a file under src/ belongs to (src/cli.ts and src/cli/ are the CLI). */
function partOf(file, srcDir) {
  const rel = relative(srcDir, file);
  if (rel.startsWith('..')) return undefined;
  const first = rel.split(sep)[0];
  if (first === 'cli.ts' || first === 'cli.js' || first === 'cli') return 'cli';
  return ORDER.includes(first) ? first : undefined;
}

const isDockerBackend = (file, srcDir) => /^backend[\\/](docker[^\\/]*\.ts|docker[\\/])/.test(relative(srcDir, file));

export default {
  meta: { type: 'problem', schema: [], messages: { arrow: '{{from}} may not import {{to}} ({{spec}}): a part imports only the parts to its left (docs/architecture.md).', docker: 'the docker backend imports nothing from {{to}} ({{spec}}), only types re-exported by backend.ts.' } },
  create(context) {
    const file = context.filename;
    const srcDir = resolve(context.cwd, 'src');
    const from = partOf(file, srcDir);
    if (!from) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = resolve(dirname(file), spec);
      const to = partOf(target, srcDir);
      if (!to || to === from) return;
      if (ORDER.indexOf(to) > ORDER.indexOf(from)) context.report({ node, messageId: 'arrow', data: { from: `src/${from}`, to: `src/${to}`, spec } });
      else if (isDockerBackend(file, srcDir) && (to === 'sim' || to === 'shell')) context.report({ node, messageId: 'docker', data: { to: `src/${to}`, spec } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
