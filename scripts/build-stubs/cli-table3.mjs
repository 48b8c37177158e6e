// Stands in for cli-table3 in the bundle: marked-terminal imports it, but the UI draws tables
// itself (src/ui/text/markdown.ts), by display width and without forced colours.
export default class Table {
  constructor() {
    throw new Error('cli-table3 is not bundled: tables are drawn by src/ui/text/markdown.ts');
  }
}
