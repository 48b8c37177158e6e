import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import { decodeKeys, type Key } from '../shell/keys.js';

/**
 * Raw keys from Ink's input stream (see keys.ts for why not useInput). Raw mode is on while the
 * component is mounted and `active`, and released when not: a program handed the terminal then
 * reads it alone.
 */
export function useKeys(handler: (k: Key) => void, active = true): void {
  const { setRawMode, internal_eventEmitter } = useStdin();
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    if (!active) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [active, setRawMode]);
  useEffect(() => {
    if (!active) return;
    const onInput = (data: string) => {
      for (const k of decodeKeys(data)) ref.current(k);
    };
    internal_eventEmitter.on('input', onInput);
    return () => {
      internal_eventEmitter.off('input', onInput);
    };
  }, [active, internal_eventEmitter]);
}
