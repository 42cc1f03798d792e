/**
 * Draws the bufferless full-screen triangle of shaders/fullscreen.vert.glsl. WebGL2 needs
 * a vertex array bound even with no attributes, so the caller owns an empty one.
 */
export function drawFullscreen(
  gl: WebGL2RenderingContext,
  emptyVertexArray: WebGLVertexArrayObject,
): void {
  gl.bindVertexArray(emptyVertexArray);
  gl.drawArrays(gl.TRIANGLES, 0, 3);
  gl.bindVertexArray(null);
}
