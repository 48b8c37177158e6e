/**
 * Does a command line need a real terminal? On the docker backend such a line is handed the
 * terminal (Backend.runInteractive); on the simulator the session itself enters the shell.
 * Conservative: `docker run|exec|start|attach` with both -i and -t (in any spelling), and
 * interactive programs started with no arguments.
 */
const INTERACTIVE_ALONE = new Set(['bash', 'sh', 'zsh', 'dash', 'top', 'htop', 'less', 'more', 'vi', 'vim', 'nano', 'python3', 'python', 'node']);

export function needsTerminal(line: string): boolean {
  const words = line.trim().split(/\s+/).filter((w) => w !== '');
  let i = 0;
  if (words[i] === 'sudo') i++;
  const cmd = words[i];
  if (cmd === undefined) return false;
  if (words.length === i + 1 && INTERACTIVE_ALONE.has(cmd)) return true;
  if (cmd === 'newgrp' || (cmd === 'su' && !words.includes('-c')) || (words[0] === 'sudo' && (words[1] === '-i' || words[1] === '-s'))) return true;
  if (cmd !== 'docker') return false;
  let rest = words.slice(i + 1);
  if (rest[0] === 'container') rest = rest.slice(1);
  const sub = rest[0];
  if (sub === 'attach') return true;
  if (sub !== 'run' && sub !== 'exec' && sub !== 'start') return false;
  // Every flag-looking word counts: a value (`-p 8080:80`) cannot be told from the image
  // without each flag's arity, and a false positive only shows output in the real terminal.
  let inter = false;
  let t = false;
  let a = false;
  for (const w of rest.slice(1)) {
    if (w === '--interactive' || w === '--interactive=true') inter = true;
    else if (w === '--tty' || w === '--tty=true') t = true;
    else if (w === '--attach') a = true;
    else if (/^-[a-zA-Z]+$/.test(w)) {
      inter ||= w.includes('i');
      t ||= w.includes('t');
      a ||= w.includes('a');
    }
  }
  return sub === 'start' ? a && inter : inter && t;
}
