// Coverage of one mark: a box filter one device pixel wide across its edge, from the
// exact distance to the segment (or to the ring's circle). Output premultiplied sRGB,
// blended ONE, ONE_MINUS_SRC_ALPHA over the frame (which is sRGB-encoded already).
in vec2 v_px;
flat in vec2 v_from;
flat in vec2 v_to;
flat in vec2 v_size;
flat in vec4 v_color;

out vec4 outColor;

void main() {
  vec2 ab = v_to - v_from;
  float h = clamp(dot(v_px - v_from, ab) / max(dot(ab, ab), 1e-8), 0.0, 1.0);
  float d = length(v_px - v_from - ab * h);
  if (v_size.y > 0.0) d = abs(d - v_size.y);
  float coverage = clamp(v_size.x + 0.5 - d, 0.0, 1.0);
  outColor = vec4(v_color.rgb, 1.0) * v_color.a * coverage;
}
