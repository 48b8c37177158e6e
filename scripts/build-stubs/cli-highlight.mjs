// Stands in for cli-highlight in the bundle. marked-terminal imports it at load time, but the
// UI renders code blocks itself (src/ui/text/markdown.ts) and never calls it; bundling the real
// one would load all of highlight.js on every start.
export function highlight(code) {
  return code;
}
