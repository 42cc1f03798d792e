import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths so the built viewer works from any folder or static host.
  base: './',
  server: { host: '127.0.0.1' },
  build: { target: 'es2022' },
});
