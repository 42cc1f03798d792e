/** A list of listeners for one kind of event: the viewer's way of telling the page. */
export class Events<T> {
  private readonly listeners: ((value: T) => void)[] = [];

  on(listener: (value: T) => void): void {
    this.listeners.push(listener);
  }

  emit(value: T): void {
    this.listeners.forEach((listener) => listener(value));
  }
}

/**
 * `(key, run)` runs `run` the first time it sees `key`; it remembers at most `limit` keys,
 * so a flood of distinct problems cannot grow it without bound.
 */
export function onceEach(limit: number): (key: string, run: () => void) => void {
  const seen = new Set<string>();
  return (key, run) => {
    if (seen.has(key)) return;
    if (seen.size >= limit) seen.clear();
    seen.add(key);
    run();
  };
}
