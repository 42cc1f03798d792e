// Infinite repetition: wraps a point into the cell of size period around the origin,
// so a shape drawn at the origin repeats every period.
//   vec2 opRepeat(vec2 p, vec2 period)
// p and period in warp-space units; returns p - period * round(p / period), in
// [-period / 2, period / 2]. A period component <= 0 leaves that coordinate unrepeated.
// The Jacobian of the wrap is the identity everywhere except on the cell seams, where the
// point jumps; pass a scene's gradient through unchanged. The repeated field is exact only
// where the nearest copy is the one in p's own cell, which holds when the shape keeps well
// inside its cell.
vec2 opRepeat(vec2 p, vec2 period) {
  bvec2 on = greaterThan(period, vec2(0.0));
  vec2 safe = mix(vec2(1.0), period, vec2(on));
  return mix(p, p - safe * round(p / safe), vec2(on));
}
