/**
 * Just enough of the shell's word splitting to read a command line the way a person does:
 * the simple commands of a list or pipeline, each as its words with quotes removed. No
 * expansion: `$USER` stays `$USER`, which is what an undo line run by the same user needs.
 * (The backend may not import the simulator's shell parser, and needs far less of it.)
 */
export function simpleCommands(line: string): string[][] {
  const commands: string[][] = [[]];
  let word = '';
  let inWord = false;
  let quote: string | undefined;
  const flush = () => {
    if (inWord) (commands[commands.length - 1] as string[]).push(word);
    word = '';
    inWord = false;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length && '"\\$`'.includes(line[i + 1] as string)) word += line[++i];
      else word += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (ch === ' ' || ch === '\t') flush();
    else if (ch === '#' && !inWord) break;
    else if (ch === '>' || ch === '<' || (ch === '&' && line[i + 1] === '>')) {
      // A redirection is not a word of the command: drop it, its fd number and its target.
      if (/^\d+$/.test(word)) {
        word = '';
        inWord = false;
      } else flush();
      while (line[i + 1] === '>' || line[i + 1] === '&' || (ch === '&' && line[i + 1] === '>')) {
        i++;
        if (line[i] === '&' && /[\d-]/.test(line[i + 1] ?? '')) {
          while (/[\d-]/.test(line[i + 1] ?? '')) i++;
          break;
        }
      }
      if (/[\d-]/.test(line[i] ?? '') ) continue;
      while (line[i + 1] === ' ' || line[i + 1] === '\t') i++;
      while (i + 1 < line.length && !' \t;|&\n()'.includes(line[i + 1] as string)) i++;
    }
    else if (ch === '|' || ch === ';' || ch === '&' || ch === '\n' || ch === '(' || ch === ')') {
      flush();
      if ((ch === '|' || ch === '&') && line[i + 1] === ch) i++;
      commands.push([]);
    } else {
      word += ch;
      inWord = true;
    }
  }
  flush();
  return commands.filter((c) => c.length > 0);
}

/** The command without what only changes how it runs: `sudo [-u X]`, `VAR=value`, `env`, `exec`. */
export function strippedCommand(argv: readonly string[]): string[] {
  let i = 0;
  for (;;) {
    const w = argv[i];
    if (w === undefined) return [];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || w === 'exec' || w === 'command' || w === 'time') i++;
    else if (w === 'sudo' || w === 'doas' || w === 'env') {
      i++;
      while (i < argv.length && (argv[i] as string).startsWith('-')) i += ['-u', '-g', '-C', '-h', '-p', '-U'].includes(argv[i] as string) ? 2 : 1;
    } else return argv.slice(i);
  }
}

/** Quotes a word for bash only when it needs it. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./$-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export const joinWords = (words: readonly string[]): string => words.map(shellQuote).join(' ');

/**
 * The files a line's output redirections write (`> f`, `>> f`, `2> f`, `&> f`), outside
 * quotes; duplications (`2>&1`) and /dev/null write nothing and are left out.
 */
export function fileRedirections(line: string): string[] {
  const targets: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"') i++;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\') i++;
    else if (ch === '>') {
      let j = i + 1;
      if (line[j] === '>' || line[j] === '|') j++;
      if (line[j] === '&') {
        i = j;
        continue;
      }
      while (line[j] === ' ' || line[j] === '\t') j++;
      let k = j;
      while (k < line.length && !' \t;|&<>()'.includes(line[k] as string)) k++;
      const target = line.slice(j, k).replace(/^['"]|['"]$/g, '');
      if (target !== '/dev/null') targets.push(target);
      i = k - 1;
    }
  }
  return targets;
}
