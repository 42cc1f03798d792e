import type { SceneExtras } from '../renderer';
import { labMarks, labUniforms } from './lab-marks';
import { walkMarks } from './walk-marks';

/** What the optimisation lab and the plot's seed walk add to a frame beyond the scene file. */
export const OPTIMISATION_EXTRAS: SceneExtras = {
  uniforms: labUniforms,
  marks: (state, size) => [...labMarks(state, size), ...walkMarks(state)],
};
