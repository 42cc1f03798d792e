// Annotation marks drawn over a frame (optimisation paths, step dots, arrows, rings): one
// instance per mark, a quad around it in device pixels, so the cost is the pixels it
// covers, not every pixel times every mark.
//   a_corner   the quad corner, (-1 | 1, -1 | 1)
//   a_from     segment start, world units (a dot or ring: from == to)
//   a_to       segment end, world units
//   a_size     (half width, ring radius), device pixels; radius 0 for segments and dots
//   a_color    sRGB, straight alpha
// The view map is the frame's own (view/view.glsl): world = origin + J * px.
in vec2 a_corner;
in vec2 a_from;
in vec2 a_to;
in vec2 a_size;
in vec4 a_color;

uniform vec2 u_viewOrigin;
uniform mat2 u_viewJacobian;
uniform vec2 u_resolution; // device pixels of the target

out vec2 v_px;
flat out vec2 v_from;
flat out vec2 v_to;
flat out vec2 v_size;
flat out vec4 v_color;

void main() {
  mat2 toPixels = inverse(u_viewJacobian);
  vec2 a = toPixels * (a_from - u_viewOrigin);
  vec2 b = toPixels * (a_to - u_viewOrigin);
  vec2 along = b - a;
  float len = length(along);
  vec2 t = len > 1e-4 ? along / len : vec2(1.0, 0.0);
  vec2 n = vec2(-t.y, t.x);
  float reach = a_size.x + a_size.y + 1.0; // one pixel more for the soft edge
  vec2 px = (a_corner.x < 0.0 ? a : b) + (t * a_corner.x + n * a_corner.y) * reach;
  v_px = px;
  v_from = a;
  v_to = b;
  v_size = a_size;
  v_color = a_color;
  gl_Position = vec4(px / u_resolution * 2.0 - 1.0, 0.0, 1.0);
}
