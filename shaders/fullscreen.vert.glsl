// Full-screen pass without vertex buffers: one oversized triangle from gl_VertexID.
//
//   (-1, 3)
//      |\
//      |  \
//      |----\ (1, 1)        the clip square [-1, 1]^2 sits inside the triangle,
//      |    | \             so every pixel is covered exactly once and no
//      |____|___\           diagonal seam crosses the screen.
//   (-1,-1)     (3,-1)
//
// Draw with gl.drawArrays(gl.TRIANGLES, 0, 3) and no attributes bound.
void main() {
  vec2 corner = vec2(float((gl_VertexID & 1) << 2), float((gl_VertexID & 2) << 1)) - 1.0;
  gl_Position = vec4(corner, 0.0, 1.0);
}
