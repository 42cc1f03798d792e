/**
 * Premultiplied RGBA8 (what the canvas holds) to straight alpha (what PNG stores).
 * Rounds to nearest; fully transparent pixels become (0, 0, 0, 0).
 */
export function unpremultiply(premultiplied: Uint8Array): Uint8Array {
  const out = new Uint8Array(premultiplied.length);
  for (let i = 0; i < premultiplied.length; i += 4) {
    const alpha = premultiplied[i + 3]!;
    out[i + 3] = alpha;
    if (alpha === 0) continue;
    for (let k = 0; k < 3; k++)
      out[i + k] = Math.min(255, Math.round((premultiplied[i + k]! * 255) / alpha));
  }
  return out;
}
