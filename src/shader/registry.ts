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
 * Hot reload: this module accepts its own updates, so Vite re-evaluates the glob and the
 * fresh file set goes to the listeners instead of a page reload (state and GUI survive).
 * Every new version must accept again, and the listeners live in `hot.data`, which is
 * carried from one version of the module to the next.
 */
// Vite finds self-accepting modules by the literal text `import.meta.hot.accept(`.
if (import.meta.hot) {
  const data = import.meta.hot.data as { listeners?: Listener[] };
  const listeners = (data.listeners ??= []);
  import.meta.hot.accept((updated) => {
    const next = updated as { bundledSources?: () => Map<string, string> } | undefined;
    const files = next?.bundledSources?.();
    if (files) listeners.forEach((listener) => listener(files));
  });
}

export function onSourcesChanged(listener: Listener): void {
  (import.meta.hot?.data as { listeners?: Listener[] } | undefined)?.listeners?.push(listener);
}
