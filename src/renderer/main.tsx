import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { choosePlatform } from './platform/choose-platform';
import { createWorkerEngine } from './platform/create-engine';
import { createAppStore } from './store/create-app-store';
import { AppStoreProvider } from './store/use-app-store';
import './styles.css';

const platform = choosePlatform();
const store = createAppStore(platform.api, createWorkerEngine());
void store.getState().init();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreProvider store={store} platform={platform}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
);
