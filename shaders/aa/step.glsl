// Hard edge: coverage 1 inside (d < 0), 0 outside. No derivative needed.
//   float aaStep(float d)   d in any unit; returns coverage in [0, 1].
float aaStep(float d) {
  return d < 0.0 ? 1.0 : 0.0;
}
