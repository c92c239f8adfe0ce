let blocked = false;

/**
 * Keeps SIGUSR1 from opening the inspector on 127.0.0.1:9229 in this process. Node 20 has no --disable-sigusr1, and a
 * candidate run without bubblewrap shares our user id, so it may signal us; a listener of our own replaces Node's
 * start-the-inspector handler (measured: with it, SIGUSR1 opens nothing). The signal is otherwise ignored.
 */
export function blockInspectorSignal(): void {
  if (blocked) return;
  blocked = true;
  process.on('SIGUSR1', () => undefined);
}
