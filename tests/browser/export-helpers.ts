import type { Page } from 'puppeteer-core';
import { PNG } from 'pngjs';

/** An exported PNG from the page's `window.sdf.exportPng`, with its pixels decoded. */
export interface ExportedPng {
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
  /** RGBA, rows top-down, as pngjs expands every colour type. */
  readonly rgba: Buffer;
  /** IHDR colour type: 0 grey, 2 RGB, 6 RGBA. */
  readonly colorType: number;
}

export async function exportPng(
  page: Page,
  options: Record<string, unknown>,
): Promise<ExportedPng> {
  const { base64 } = await page.evaluate((o) => window.sdf!.exportPng(o), options);
  return decodePng(Buffer.from(base64, 'base64'));
}

export function decodePng(bytes: Buffer): ExportedPng {
  const png = PNG.sync.read(bytes, { skipRescale: true });
  return { bytes, width: png.width, height: png.height, rgba: png.data, colorType: bytes[25]! };
}

/** Largest absolute difference of two equally sized RGBA images, and how many bytes differ. */
export function imageDifference(a: Uint8Array, b: Uint8Array): { max: number; differing: number } {
  if (a.length !== b.length) throw new Error(`images differ in size: ${a.length} vs ${b.length}`);
  let max = 0;
  let differing = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    if (d) differing++;
    if (d > max) max = d;
  }
  return { max, differing };
}

/** A scene with a straight vertical edge at world x = 0 and ink sRGB (200, 100, 50). */
export const HALF_PLANE_SCENE = `/*{
  "id": "half-plane",
  "name": "Half plane",
  "description": "Inside where x < 0; a straight edge for exact coverage checks."
}*/
#include "color/srgb.glsl"

vec3 sdgScene(vec2 u) { return vec3(u.x, 1.0, 0.0); }

vec3 sceneColor(vec2 u) { return srgbDecode(vec3(200.0, 100.0, 50.0) / 255.0); }
`;
