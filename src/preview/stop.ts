// Ends the preview on Ctrl-C (SIGINT) or SIGTERM: cleanly while it waits, and at once while it renders, when the
// rendering may hold the process and no handler could run.

/** The signals that stop the preview. */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** The way the preview is stopped. */
export interface Stopping {
  /** Resolves on the first signal received while no rendering runs. */
  stopped: Promise<void>;
  /** Runs a rendering with the system's own handling of the signals, which ends the process at once. */
  rendering<T>(render: () => Promise<T>): Promise<T>;
}

// Listens for the signals that stop the preview; while a rendering runs, leaves them to the system.
export function stopOnSignals(): Stopping {
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  let running = 0;
  const listen = () => {
    for (const signal of SIGNALS) process.on(signal, stop);
  };
  const leave = () => {
    for (const signal of SIGNALS) process.off(signal, stop);
  };
  listen();
  return {
    stopped,
    rendering: async (render) => {
      if (running++ === 0) leave();
      try {
        return await render();
      } finally {
        if (--running === 0) listen();
      }
    },
  };
}
