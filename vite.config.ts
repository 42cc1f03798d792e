import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * lil-gui's stylesheet embeds its icon font as a data: URL, which `default-src 'self'`
 * blocks; a later @font-face cannot shadow it, as Chrome loads the other faces of a family
 * while the first loads. This drops that rule: src/ui/lil-gui-font.css declares the same
 * font as a file.
 */
function lilGuiFontAsFile(): Plugin {
  return {
    name: 'lil-gui-font-as-file',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/lil-gui/dist/lil-gui.css')) return null;
      return code.replace(/@font-face\s*\{[^}]*url\("data:[^}]*\}/g, '');
    },
  };
}

export default defineConfig({
  // Relative asset paths so the built viewer works from any folder or static host.
  base: './',
  server: { host: '127.0.0.1' },
  plugins: [lilGuiFontAsFile()],
  resolve: {
    // lil-gui's package exports no stylesheet; the panel loads it as a file (src/ui/panel.ts).
    alias: {
      'lil-gui/dist/lil-gui.css': fileURLToPath(
        new URL('node_modules/lil-gui/dist/lil-gui.css', import.meta.url),
      ),
    },
  },
  build: {
    target: 'es2022',
    // Every asset a file, never a data: URL: the build runs under `default-src 'self'`.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change less often than the app, so a
        // browser keeps them cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'mathjs',
              test: /node_modules[\\/](mathjs|decimal\.js|fraction\.js|complex\.js|typed-function)/,
            },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
});
