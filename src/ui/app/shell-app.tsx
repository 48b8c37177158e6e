import { useCursor, useStdout } from 'ink';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ShellController } from '../session/controller.js';
import type { History } from '../shell/history.js';
import type { Key } from '../shell/keys.js';
import * as ed from '../shell/line-editor.js';
import type { Style } from '../text/style.js';
import { renderTopology } from '../topology/picture.js';
import { Screen, liveLines } from './screen.js';
import { useKeys } from './use-keys.js';

/** The terminal's width, following resizes. */
function useColumns(fixed?: number): number {
  const { stdout } = useStdout();
  const [cols, setCols] = useState(stdout.columns || 80);
  useEffect(() => {
    if (fixed !== undefined) return;
    const onResize = () => setCols(stdout.columns || 80);
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? cols;
}

// Home, clear the screen and the scrollback's copy of it: what Ctrl+L does in a terminal.
const CLEAR = '\u001b[H\u001b[2J\u001b[3J';

export interface ShellAppProps {
  readonly controller: ShellController;
  readonly history: History;
  readonly style: Style;
  /** A fixed width (tests); the terminal's otherwise. */
  readonly columns?: number;
  /** Taken down: no live part, no keys (the terminal is about to be handed over or left). */
  readonly hidden?: boolean;
}

/** The interactive screen: keys → line editing, history, completion; lines → the controller. */
export function ShellApp({ controller, history, style, columns: fixed, hidden = false }: ShellAppProps) {
  const state = useSyncExternalStore(controller.subscribe, () => controller.state);
  const width = useColumns(fixed);
  const [line, setLineState] = useState<ed.Line>(ed.EMPTY_LINE);
  // Keys of one chunk (a paste, "ls\r") are handled in a row: they read and write this ref.
  const lineRef = useRef<ed.Line>(ed.EMPTY_LINE);
  const killed = useRef('');
  const queue = useRef<Key[]>([]);
  const completing = useRef(false);
  const { write } = useStdout();
  const { setCursorPosition } = useCursor();

  const setLine = (l: ed.Line) => {
    lineRef.current = l;
    setLineState(l);
  };
  const kill = (k: ed.Kill) => {
    if (k.killed) killed.current = k.killed;
    setLine(k.line);
  };

  useEffect(() => {
    if (state.clears === 0) return;
    write(CLEAR);
    controller.afterClear();
  }, [state.clears, write, controller]);

  const onKey = (k: Key): void => {
    const l = lineRef.current;
    if (controller.state.confirm) {
      if (k.name === 'text') controller.answer(/^[yY예]/.test(k.text ?? ''));
      else if (k.name === 'enter' || k.name === 'escape' || (k.name === 'ctrl' && (k.text === 'c' || k.text === 'd'))) controller.answer(false);
      return;
    }
    switch (k.name) {
      case 'text':
        return setLine(ed.insert(l, k.text ?? ''));
      case 'enter':
        setLine(ed.EMPTY_LINE);
        void controller.submit(l.text);
        return;
      case 'backspace':
        return setLine(ed.backspace(l));
      case 'delete':
        return setLine(ed.deleteForward(l));
      case 'left':
        return setLine(ed.left(l));
      case 'right':
        return setLine(ed.right(l));
      case 'home':
        return setLine(ed.home(l));
      case 'end':
        return setLine(ed.end(l));
      case 'wordleft':
        return setLine(ed.wordLeft(l));
      case 'wordright':
        return setLine(ed.wordRight(l));
      case 'killwordback':
        return kill(ed.killWordBack(l));
      case 'killwordforward':
        return kill(ed.killWordForward(l));
      case 'up': {
        const prev = history.previous(l.text);
        if (prev !== undefined) setLine(ed.lineOf(prev));
        return;
      }
      case 'down': {
        const next = history.next();
        if (next !== undefined) setLine(ed.lineOf(next));
        return;
      }
      case 'tab': {
        // Keys typed after Tab wait for the completion, as in bash (it may ask the backend).
        completing.current = true;
        const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), 2000));
        void Promise.race([controller.complete(l.text, l.cursor), timeout])
          .then((c) => {
            if (c && lineRef.current === l) setLine(c.line);
          })
          .catch(() => undefined)
          .finally(() => {
            completing.current = false;
            pump();
          });
        return;
      }
      case 'ctrl':
        return onCtrl(k.text ?? '', l);
      case 'f2':
        void controller.toggleNet();
        return;
      default:
        return;
    }
  };

  const onCtrl = (c: string, l: ed.Line): void => {
    switch (c) {
      case 'a':
        return setLine(ed.home(l));
      case 'e':
        return setLine(ed.end(l));
      case 'b':
        return setLine(ed.left(l));
      case 'f':
        return setLine(ed.right(l));
      case 'u':
        return kill(ed.killToStart(l));
      case 'k':
        return kill(ed.killToEnd(l));
      case 'w':
        return kill(ed.killWordBack(l));
      case 'y':
        return setLine(ed.insert(l, killed.current));
      case 'p':
        return onKey({ name: 'up' });
      case 'n':
        return onKey({ name: 'down' });
      case 'l':
        return controller.clearScreen();
      case 'c':
        setLine(ed.EMPTY_LINE);
        return controller.interrupt(l.text);
      case 'd':
        if (l.text === '') return controller.eof();
        return setLine(ed.deleteForward(l));
      default:
        return;
    }
  };

  const pump = () => {
    while (!completing.current && queue.current.length > 0) onKey(queue.current.shift() as Key);
  };
  useKeys((k) => {
    queue.current.push(k);
    pump();
  }, !hidden);

  const ctx = { width, style, msg: controller.messages };
  // Drawn once per picture and width, not on every key.
  const net = state.net;
  const panel = useMemo(() => (net ? renderTopology(net.graph, { width, style, lang: net.lang, ...(net.previous ? { previous: net.previous } : {}) }).replace(/\n$/, '').split('\n') : undefined), [net, width, style]);
  const props = { entries: state.entries, bar: state.bar, status: state.status, prompt: state.prompt, line, busy: state.busy, ctx, ...(panel ? { panel } : {}) };
  const { cursor } = liveLines(props);
  setCursorPosition(hidden ? undefined : { x: cursor.col, y: cursor.row });
  return <Screen {...props} hidden={hidden} />;
}
