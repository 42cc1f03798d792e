import type { Viewer } from '../render/viewer';
import type { Overlay } from './overlay';

/**
 * What the viewer reports, on the page: the compile error of the frame on screen, a lost
 * GPU context, and source files the library left out. The viewer only sends events; this
 * is the one place that turns them into words.
 */
export function showViewerMessages(viewer: Viewer, overlay: Overlay): void {
  viewer.drawFailed.on((failure) =>
    failure ? overlay.showError(failure.message) : overlay.clearError(),
  );
  viewer.contextLossChanged.on((lost) =>
    lost
      ? overlay.notice(
          'context',
          'The GPU context was lost, so drawing has stopped. It comes back on its own when the ' +
            'browser restores the context; if this message stays, reload the page.',
        )
      : overlay.clearNotice('context'),
  );
  const reportRejected = () => {
    const rejected = viewer.rejectedFiles;
    if (rejected.length)
      overlay.notice('library', `Files left out: ${rejected.map((e) => e.message).join('; ')}`);
    else overlay.clearNotice('library');
  };
  viewer.libraryChanged.on(reportRejected);
  reportRejected();
}
