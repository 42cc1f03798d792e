import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../src/model/state';
import { panBy, pixelToWorld, viewTransform, zoomAbout } from '../../src/model/view';

const close = (a: readonly number[], b: readonly number[], eps = 1e-9) =>
  a.forEach((x, i) =>
    expect(Math.abs(x - b[i]!), `component ${i}: ${x} vs ${b[i]}`).toBeLessThan(eps),
  );

describe('view transform', () => {
  it('puts the world origin at the canvas centre with y up', () => {
    const t = viewTransform(DEFAULT_VIEW, 400, 200);
    close(pixelToWorld(t, [200, 100]), [0, 0]);
    const up = pixelToWorld(t, [200, 150]);
    expect(up[1]).toBeGreaterThan(0);
  });

  it('makes the shorter side span [-1, 1] at zoom 1', () => {
    const wide = viewTransform(DEFAULT_VIEW, 400, 200);
    close(pixelToWorld(wide, [200, 0]), [0, -1]);
    close(pixelToWorld(wide, [200, 200]), [0, 1]);
    close(pixelToWorld(wide, [0, 100]), [-2, 0]);
    const tall = viewTransform(DEFAULT_VIEW, 100, 300);
    close(pixelToWorld(tall, [0, 150]), [-1, 0]);
  });

  it('has a Jacobian equal to the finite difference of the map', () => {
    const view = { center: [0.3, -1.2] as const, zoom: 2.5, rotation: 0.7 };
    const t = viewTransform(view, 320, 240);
    const p = pixelToWorld(t, [10, 20]);
    const dx = pixelToWorld(t, [11, 20]);
    const dy = pixelToWorld(t, [10, 21]);
    close([dx[0] - p[0], dx[1] - p[1], dy[0] - p[0], dy[1] - p[1]], t.jacobian, 1e-12);
    expect(Math.abs(t.jacobian[0] * t.jacobian[3] - t.jacobian[1] * t.jacobian[2])).toBeCloseTo(
      (2 / (2.5 * 240)) ** 2,
      15,
    );
  });

  it('rotates the world counter-clockwise on screen', () => {
    const t = viewTransform({ ...DEFAULT_VIEW, rotation: Math.PI / 2 }, 200, 200);
    // The world +x axis now points up the screen: the pixel above the centre sees +x.
    const above = pixelToWorld(t, [100, 150]);
    close(above, [0.5, 0], 1e-12);
  });
});

describe('zoomAbout and panBy', () => {
  it('keeps the world point under the cursor fixed while zooming', () => {
    const view = { center: [0.2, 0.1] as const, zoom: 1.5, rotation: 0.3 };
    const cursor = [37, 201] as const;
    const before = pixelToWorld(viewTransform(view, 300, 250), cursor);
    const zoomed = zoomAbout(view, cursor, 3.7, 300, 250);
    expect(zoomed.zoom).toBeCloseTo(5.55, 12);
    close(pixelToWorld(viewTransform(zoomed, 300, 250), cursor), before, 1e-12);
  });

  it('clamps zoom to its range', () => {
    expect(zoomAbout(DEFAULT_VIEW, [0, 0], 1e-9, 10, 10).zoom).toBe(1e-4);
  });

  it('moves content with the drag: the point under the start ends under the end', () => {
    const view = { center: [0, 0] as const, zoom: 0.8, rotation: -0.4 };
    const start = [50, 60] as const;
    const world = pixelToWorld(viewTransform(view, 200, 100), start);
    const panned = panBy(view, [12, -7], 200, 100);
    close(pixelToWorld(viewTransform(panned, 200, 100), [62, 53]), world, 1e-12);
  });
});
