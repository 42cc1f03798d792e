import type { SceneExtras } from '../render/renderer';
import { labMarks, labUniforms } from './lab-marks';
import { walkMarks } from './walk-marks';

/** What the optimisation lab and the plot's seed walk add to a frame beyond the scene file. */
export const OPTIMISATION_EXTRAS: SceneExtras = {
  uniforms: labUniforms,
  // Only one scene has marks at a time: hand its list on as it is, so a frame that draws the
  // same list again (a pan) need not upload it again.
  marks: (state, size) => {
    const lab = labMarks(state, size);
    return lab.length ? lab : walkMarks(state);
  },
};
