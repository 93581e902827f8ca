import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo';
import { App } from './app/App';
import { createI18n } from './app/i18n';
import { routes } from './app/routes';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App
      apolloClient={createApolloClient()}
      i18n={createI18n()}
      router={createBrowserRouter(routes)}
    />
  </StrictMode>,
);
