/**
 * Work a webhook starts after it has answered: Shopify wants a 200 within seconds, and localizing
 * through a model can take longer. Failures are logged; the products page shows what stayed outdated.
 */
const pending = new Set<Promise<void>>();

export function runInBackground(label: string, task: () => Promise<unknown>): void {
  const running: Promise<void> = task()
    .then((result) => console.info(label, result))
    .catch((error: unknown) => console.error(label, error))
    .finally(() => pending.delete(running));
  pending.add(running);
}

/** Resolves once every background task has finished (tests, graceful shutdown). */
export async function settleBackgroundWork(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
