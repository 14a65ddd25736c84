/** Calls `fn` at most once per `ms`, always delivering the latest value; `flush` sends what waits. */
export function throttle<T>(fn: (value: T) => void, ms: number): ((value: T) => void) & { flush(): void } {
  let last = 0;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const send = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = Date.now();
    fn(value);
  };

  const throttled = (value: T) => {
    pending = { value };
    const wait = ms - (Date.now() - last);
    if (wait <= 0) send();
    else timer ??= setTimeout(send, wait);
  };
  throttled.flush = () => {
    if (timer) clearTimeout(timer);
    send();
  };
  return throttled;
}
