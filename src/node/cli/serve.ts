import { createServer, type ViteDevServer } from 'vite';

/**
 * A Vite dev server for the viewer on a free loopback port. `watch: false` (the command-line
 * tools) turns off file watching and hot reload, so editing the source while a long bench
 * runs cannot reload its page halfway.
 */
export async function startViewerServer({ watch = true } = {}): Promise<{
  server: ViteDevServer;
  url: string;
}> {
  const server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    server: {
      port: 0,
      host: '127.0.0.1',
      strictPort: false,
      ...(watch ? {} : { hmr: false, watch: null }),
    },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('the Vite dev server did not report a local URL');
  }
  return { server, url };
}
