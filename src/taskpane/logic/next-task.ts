/**
 * A later task of the page's event loop. A large result drawn in the same task as everything that
 * follows it (the notice, the end of the progress, the scroll to the outcome) is one long stall;
 * with a task between them, each is drawn on its own and the page answers in between.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
