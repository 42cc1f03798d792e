import type { Viewer } from '../render/viewer';
import { decodeUrlState, encodeUrlState } from '../model/url-state';
import type { Overlay } from './overlay';

/** How long the state must rest before the address bar is rewritten. */
const WRITE_DELAY_MS = 250;

/**
 * Keeps the URL hash and the state in step: restores the state from the hash now and
 * whenever the user pastes another link, and rewrites the hash (without a history entry)
 * after the state settles. Rejected fields fall back to defaults and are named in a notice.
 */
export async function syncUrlState(viewer: Viewer, overlay: Overlay): Promise<void> {
  // The last hash this page read or wrote: only a different one is a new link.
  let written = '';
  const restore = async (): Promise<void> => {
    if (location.hash === written) return;
    written = location.hash;
    const decoded = await decodeUrlState(location.hash);
    if ('error' in decoded) {
      overlay.notice('url', `The link's state was not used: ${decoded.error}.`);
      return;
    }
    const problems = viewer.restore(decoded.patch);
    if (problems.length)
      overlay.notice(
        'url',
        `From the link, these fields fell back to defaults: ${problems.join('; ')}.`,
      );
    else overlay.clearNotice('url');
  };
  await restore();
  window.addEventListener('hashchange', () => void restore());

  let timer: ReturnType<typeof setTimeout> | undefined;
  viewer.changed.on((state) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void encodeUrlState(state).then((hash) => {
        // A link pasted since the last write has not been read yet: never overwrite it.
        if (location.hash !== written) return;
        written = hash;
        history.replaceState(null, '', hash);
      });
    }, WRITE_DELAY_MS);
  });
}
