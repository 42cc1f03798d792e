/**
 * Everything the shader computes for one device pixel, read back from its own probe
 * outputs (shaders/main.glsl): one 1 x 1 region render per probe kind, in float32. The GPU
 * path is the only source of the numbers; nothing here repeats the math.
 */
import { classify, type CriticalKind } from '../../util/hessian-kind';
import { CUSTOM_ID, OPTIMISE_ID } from '../../variant/expression-variants';
import type { ProbeKind } from '../../variant/variant';
import { viewTransform } from '../../model/view';
import type { Viewer } from '../../render/viewer';
import { classifyDet, type DetClass } from './det-class';

type Vec2 = [number, number];
/** Row-major 2 x 2: [[a, b], [c, d]]. */
type Mat2 = [Vec2, Vec2];

export interface PixelInspection {
  /** The device pixel, image coordinates (top-left origin). */
  px: Vec2;
  /** World point p = V(px) at the pixel centre, world units. */
  world: Vec2;
  /** Warp-space point u = W(p). */
  warp: Vec2;
  /** Jw = du/dp, row-major: [[du/dx, du/dy], [dv/dx, dv/dy]]. */
  jacobian: Mat2;
  /** det Jw, as the warp probe computes it. */
  det: number;
  detClass: DetClass;
  /** The scene field f(u). */
  f: number;
  /** grad_u f, per warp-space unit. */
  gradWarp: Vec2;
  /** g_px = Jv^T Jw^T grad_u f: the change of f per device pixel, x right and y up. */
  gradPixel: Vec2;
  /** d_px = f / |g_px|: first-order distance to the edge, device pixels (< 0 inside). */
  distancePx: number;
  coverage: number;
  /**
   * The pixel's footprint in warp space: Jw Jv, row-major. Its columns are what one device
   * pixel step to the right and one step up become in u (Jv is the view uniform).
   */
  footprint: Mat2;
  /** Formula fields only (a `field` header, `custom`, `optimise`): d2f/du2 in warp space. */
  hessian: {
    hxx: number;
    hxy: number;
    hyy: number;
    /** Ascending. */
    eigenvalues: Vec2;
    kind: CriticalKind;
  } | null;
}

/** Whether the scene's field is a formula, so the jet pipeline has a Hessian for it. */
export function hasFormulaField(viewer: Viewer): boolean {
  const id = viewer.state.scene;
  return (
    id === CUSTOM_ID || id === OPTIMISE_ID || viewer.knownIds.scenes.get(id)?.field !== undefined
  );
}

/** Probes the shader at image pixel `px`; throws if it is outside the canvas or cannot draw. */
export function inspectPixel(viewer: Viewer, px: readonly [number, number]): PixelInspection {
  const { width, height } = viewer.canvasSize;
  const [x, y] = px;
  if (![x, y].every(Number.isInteger) || x < 0 || y < 0 || x >= width || y >= height)
    throw new RangeError(`pixel [${x}, ${y}] is outside the ${width}x${height} canvas`);
  // One pixel of the full image: the tile's view map puts its centre where it sits on screen.
  const probe = (kind: ProbeKind): number[] =>
    Array.from(
      viewer.renderOffscreen({
        format: 'rgba32f',
        width: 1,
        height: 1,
        output: 'probe',
        probe: kind,
        region: { x, y, fullWidth: width, fullHeight: height },
      }),
    );
  const [wx, wy] = probe('world');
  const [ux, uy, det] = probe('warp');
  const [a, b, c, d] = probe('jacobian');
  const [f, gu, gv, coverage] = probe('field');
  const [distancePx, gx, gy] = probe('pixel');
  const hessian = hasFormulaField(viewer) ? hessianAt(probe('hessian')) : null;

  // Jv: world units per device pixel, the uniform the renderer hands the shader.
  const [v0, v1, v2, v3] = viewTransform(viewer.state.view, width, height).jacobian;
  const footprint: Mat2 = [
    [a! * v0 + b! * v1, a! * v2 + b! * v3],
    [c! * v0 + d! * v1, c! * v2 + d! * v3],
  ];
  return {
    px: [x, y],
    world: [wx!, wy!],
    warp: [ux!, uy!],
    jacobian: [
      [a!, b!],
      [c!, d!],
    ],
    det: det!,
    detClass: classifyDet(det!),
    f: f!,
    gradWarp: [gu!, gv!],
    gradPixel: [gx!, gy!],
    distancePx: distancePx!,
    coverage: coverage!,
    footprint,
    hessian,
  };
}

function hessianAt([hxx, hxy, hyy]: number[]): PixelInspection['hessian'] {
  const { kind, eigenvalues } = classify([hxx!, hxy!, hyy!]);
  return { hxx: hxx!, hxy: hxy!, hyy: hyy!, eigenvalues, kind };
}
