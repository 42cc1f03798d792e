// The adaptive filter's last pass: one point per 2x2 quad the gate marked, 2 px wide and
// centred on the quad, so exactly its four pixels are shaded again, with the variant's
// refining stage (pipeline/coverage.glsl, refineCoverage) and derivatives still per quad.
//   a_quad     (quad x, quad y, split): the quad's pixels are [2x, 2x + 2) x [2y, 2y + 2)
in vec3 a_quad;

uniform vec2 u_targetSize; // device pixels of the target

flat out float v_split;

void main() {
  vec2 centre = 2.0 * a_quad.xy + 1.0;
  gl_Position = vec4(2.0 * centre / u_targetSize - 1.0, 0.0, 1.0);
  gl_PointSize = 2.0;
  v_split = a_quad.z;
}
