// Stands in for node-emoji in the bundle: marked-terminal imports it, but the UI renders with
// `emoji: false`, so it is never called; the real one loads a 300 kB emoji table.
export function get() {
  return undefined;
}
