import { normalizeKey, type SourceFiles } from './sources';

/**
 * Every GLSL file of the project as bundled by Vite. With `npm run dev` an edit to any of
 * them arrives through `onSourcesChanged` without a page reload.
 */
const modules = import.meta.glob<string>(['/shaders/**/*.glsl', '/scenes/**/*.glsl'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function bundledSources(): Map<string, string> {
  return new Map(Object.entries(modules).map(([path, text]) => [normalizeKey(path), text]));
}

type Listener = (files: SourceFiles) => void;

/**
 * Hot reload: this module accepts its own update, so Vite re-evaluates the glob and hands
 * the fresh file set to the listener instead of reloading the page (state and GUI survive).
 */
export function onSourcesChanged(listener: Listener): void {
  if (!import.meta.hot) return;
  import.meta.hot.accept((updated) => {
    const next = updated as { bundledSources?: () => Map<string, string> } | undefined;
    if (next?.bundledSources) listener(next.bundledSources());
  });
}
