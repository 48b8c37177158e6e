import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { ZodType } from 'zod';
import type { Problem } from './problems.js';

/**
 * Parses YAML and validates it with zod, reporting each problem at the line of the node
 * it is about (or its nearest existing parent), so an instructor can find it.
 */
export function parseYamlFile<T>(file: string, text: string, schema: ZodType<T>): { value?: T; problems: Problem[]; lineOf: (path: readonly (string | number)[]) => number } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const lineOf = (path: readonly (string | number)[]): number => nodeLine(doc, lc, path);
  const problems: Problem[] = doc.errors.map((e) => ({ file, line: lc.linePos(e.pos[0]).line, reason: e.message.split('\n')[0] ?? e.message }));
  if (problems.length > 0) return { problems, lineOf };
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const where = path.length ? `${path.join('.')}: ` : '';
      // An unknown key is best shown where it is written.
      const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
      problems.push({ file, line: lineOf(at), reason: `${where}${issue.message}` });
    }
    return { problems, lineOf };
  }
  return { value: parsed.data, problems, lineOf };
}

function nodeLine(doc: Document, lc: LineCounter, path: readonly (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    const node = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      // For a missing key, point at the map that lacks it rather than its first child.
      if (n < path.length && (isMap(node) || isSeq(node)) && node.range[0] !== undefined) return lc.linePos(node.range[0]).line;
      return lc.linePos(node.range[0] as number).line;
    }
  }
  return 1;
}
