import { OPTIMISATION_EXTRAS } from '../../lab/scene-extras';
import type { ViewerState } from '../../model/state';
import type { ShaderLibrary } from '../../model/library';
import { exportShader, type ExportedShader, type ShaderExportOptions } from './shader-export';

/** The shader of what the viewer draws for `state`, the optimisation lab's uniforms included. */
export function viewShader(
  library: ShaderLibrary,
  state: ViewerState,
  options: Omit<ShaderExportOptions, 'extraUniforms'>,
): ExportedShader {
  return exportShader(library, state, {
    ...options,
    extraUniforms: OPTIMISATION_EXTRAS.uniforms(state),
  });
}
