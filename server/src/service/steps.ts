// Long work written once as a generator that yields between steps: run to the end at once (the CLI, the
// tests), or with a turn of the event loop at each yield (the server, which must keep answering).

/** Runs the steps to the end without pausing. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
