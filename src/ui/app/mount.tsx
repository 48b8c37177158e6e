import { type Instance, render } from 'ink';
import type { Outcome, ShellController } from '../session/controller.js';
import type { History } from '../shell/history.js';
import type { Style } from '../text/style.js';
import { ShellApp } from './shell-app.js';

/** Lets the controller hand the terminal over before the screen exists (see runInk). */
export interface ScreenHandle {
  handOver(fn: () => Promise<number>): Promise<number>;
}

/**
 * Mounts the Ink screen for a controller until the learner quits or asks for the menu. To hand
 * the terminal to a program (`docker run -it` on real Docker), the screen is taken down — its
 * live part erased, raw mode and stdin released — and mounted again afterwards; the log it had
 * printed stays in the terminal above.
 */
export async function runInk(controller: ShellController, history: History, style: Style, handle: { current?: ScreenHandle }): Promise<Outcome> {
  let hidden = false;
  const node = () => <ShellApp controller={controller} history={history} style={style} hidden={hidden} />;
  const mount = (): Instance => render(node(), { exitOnCtrlC: false, patchConsole: false });
  let instance = mount();
  const takeDown = async () => {
    hidden = true;
    instance.rerender(node());
    instance.unmount();
    await instance.waitUntilExit();
  };
  handle.current = {
    async handOver(fn) {
      await takeDown();
      try {
        return await fn();
      } finally {
        controller.takeEntries();
        hidden = false;
        instance = mount();
      }
    },
  };
  const outcome = await controller.done;
  await takeDown();
  return outcome;
}
