import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** True once the page runs JavaScript: controls that need it are shown only then. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
