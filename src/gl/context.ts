/** Thrown when the browser cannot give a WebGL2 context; the message says what to do. */
export class WebGL2UnavailableError extends Error {
  constructor() {
    super(
      'WebGL2 is not available in this browser. Use a current Chrome, Edge, Firefox or Safari ' +
        'with hardware acceleration enabled (chrome://gpu shows whether WebGL2 is on).',
    );
    this.name = 'WebGL2UnavailableError';
  }
}

/**
 * The viewer's context. No MSAA (antialiasing is the shader's job), premultiplied alpha
 * (the shader writes premultiplied colour), and no preserved drawing buffer: readbacks
 * happen in the same task as the draw.
 */
export function createContext(canvas: HTMLCanvasElement): WebGL2RenderingContext {
  const gl = canvas.getContext('webgl2', {
    alpha: true,
    premultipliedAlpha: true,
    antialias: false,
    depth: false,
    stencil: false,
    preserveDrawingBuffer: false,
  });
  if (!gl) throw new WebGL2UnavailableError();
  return gl;
}

export interface ContextLossHandlers {
  onLost(): void;
  onRestored(): void;
}

/** preventDefault on loss is what allows the browser to restore the context later. */
export function watchContextLoss(canvas: HTMLCanvasElement, handlers: ContextLossHandlers): void {
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    handlers.onLost();
  });
  canvas.addEventListener('webglcontextrestored', () => handlers.onRestored());
}

/** Renderer identification, unmasked where the browser allows it. */
export function rendererInfo(gl: WebGL2RenderingContext): {
  vendor: string;
  renderer: string;
  version: string;
} {
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  return {
    vendor: String(gl.getParameter(debug ? debug.UNMASKED_VENDOR_WEBGL : gl.VENDOR)),
    renderer: String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER)),
    version: String(gl.getParameter(gl.VERSION)),
  };
}

/** Renderer strings and the size limits that offscreen rendering must respect. */
export function glLimits(gl: WebGL2RenderingContext) {
  return {
    ...rendererInfo(gl),
    maxTextureSize: gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    maxRenderbufferSize: gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    maxViewportDims: Array.from(gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array),
  };
}
