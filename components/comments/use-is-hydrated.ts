import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False in the server's HTML, true once the island runs: controls that need JavaScript show then. */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
