import { createServer, type ViteDevServer } from 'vite';

/** A Vite dev server for the viewer on a free loopback port. */
export async function startViewerServer(): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    server: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('the Vite dev server did not report a local URL');
  }
  return { server, url };
}
