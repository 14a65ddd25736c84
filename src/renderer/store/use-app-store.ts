/** React access to the one store and the platform, through context so tests can swap both. */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Platform } from '../platform/choose-platform';
import type { AppStore } from './app-state';

const StoreContext = createContext<StoreApi<AppStore> | null>(null);
const PlatformContext = createContext<Platform | null>(null);

export function AppStoreProvider(props: { store: StoreApi<AppStore>; platform: Platform; children: ReactNode }) {
  return createElement(
    StoreContext.Provider,
    { value: props.store },
    createElement(PlatformContext.Provider, { value: props.platform }, props.children),
  );
}

export function useAppStore<T>(selector: (state: AppStore) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs an AppStoreProvider.');
  return useStore(store, selector);
}

export function useAppStoreApi(): StoreApi<AppStore> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi needs an AppStoreProvider.');
  return store;
}

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform needs an AppStoreProvider.');
  return platform;
}
