import type GUI from 'lil-gui';
import { downloadFile } from '../features/export/download';
import type { ParamForm } from '../features/export/shader-export';
import type { ShaderTarget } from '../features/export/shader-targets';
import { viewShader } from '../features/export/view-shader';
import type { Viewer } from '../render/viewer';
import type { Overlay } from './overlay';

const NOTICE = 'shader-export';

/** Which shader the panel writes; the G key writes the same. */
const choice: { target: ShaderTarget; params: ParamForm } = {
  target: 'shadertoy',
  params: 'constants',
};

/** The Export folder's shader rows: target, parameter form, download and copy. */
export function addShaderExportControls(folder: GUI, viewer: Viewer, overlay?: Overlay): void {
  const actions = {
    download: () => exportShaderFromPanel(viewer, overlay),
    copy: () => void copyShader(viewer, overlay),
  };
  folder
    .add(choice, 'target', { Shadertoy: 'shadertoy', 'WebGL2 (GLSL ES 3.00)': 'webgl2' })
    .name('shader for')
    .onChange((target: ShaderTarget) => {
      // Shadertoy sets no uniforms of its own: its parameters are constants.
      if (target === 'shadertoy') choice.params = 'constants';
      params.enable(target === 'webgl2').updateDisplay();
    });
  const params = folder
    .add(choice, 'params', { 'named constants': 'constants', 'uniforms (WebGL2)': 'uniforms' })
    .name('shader parameters')
    .enable(choice.target === 'webgl2');
  folder.add(actions, 'download').name('export shader (G)');
  folder.add(actions, 'copy').name('copy shader');
}

function shader(viewer: Viewer, overlay?: Overlay) {
  try {
    return viewShader(viewer.shaderLibrary, viewer.state, choice);
  } catch (error) {
    overlay?.notice(NOTICE, `Shader not exported: ${(error as Error).message}.`);
    return null;
  }
}

const lines = (text: string) => text.split('\n').length - 1;

/** Downloads the view's shader with the panel's choices; a failure is named on the page. */
export function exportShaderFromPanel(viewer: Viewer, overlay?: Overlay): void {
  const exported = shader(viewer, overlay);
  if (!exported) return;
  downloadFile([new TextEncoder().encode(exported.text)], exported.fileName, 'text/plain');
  overlay?.confirm(
    NOTICE,
    `Saved ${exported.fileName} (${lines(exported.text)} lines of GLSL) to your downloads.`,
  );
}

async function copyShader(viewer: Viewer, overlay?: Overlay): Promise<void> {
  const exported = shader(viewer, overlay);
  if (!exported) return;
  try {
    await navigator.clipboard.writeText(exported.text);
    overlay?.confirm(NOTICE, `Copied the shader (${lines(exported.text)} lines) to the clipboard.`);
  } catch (error) {
    overlay?.notice(
      NOTICE,
      `The browser did not allow copying (${(error as Error).message}); use "export shader" instead.`,
    );
  }
}
