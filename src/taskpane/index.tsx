/// <reference types="office-js" />
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './components/App';
import { registerCommands } from '../commands/commands';

Office.onReady(() => {
  // the ribbon's commands run in this runtime too (the manifest declares a shared runtime)
  registerCommands();
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
});
