/** A single-consumer async queue: the router's attempt loop pushes, the stream's consumer pulls. */
export class EventChannel<T> implements AsyncIterable<T> {
  readonly #buffer: T[] = [];
  #waiting: ((result: IteratorResult<T>) => void) | undefined;
  #failWaiting: ((error: unknown) => void) | undefined;
  #ended = false;
  #error: { error: unknown } | undefined;

  push(value: T): void {
    if (this.#ended) return;
    const waiting = this.#waiting;
    if (waiting) {
      this.#clearWaiting();
      waiting({ value, done: false });
    } else {
      this.#buffer.push(value);
    }
  }

  end(): void {
    this.#ended = true;
    const waiting = this.#waiting;
    this.#clearWaiting();
    waiting?.({ value: undefined, done: true });
  }

  fail(error: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#error = { error };
    const fail = this.#failWaiting;
    this.#clearWaiting();
    fail?.(error);
  }

  #clearWaiting(): void {
    this.#waiting = undefined;
    this.#failWaiting = undefined;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => {
        const value = this.#buffer.shift();
        if (value !== undefined) return Promise.resolve({ value, done: false });
        if (this.#error) return Promise.reject(this.#error.error);
        if (this.#ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise<IteratorResult<T>>((resolve, reject) => {
          this.#waiting = resolve;
          this.#failWaiting = reject;
        });
      },
    };
  }
}
