/*{
  "id": "sine",
  "name": "Sine wave",
  "description": "u = p + amplitude (sin(k y + phase), sin(k x + phase)): each axis ripples with the other, like a view through rippled glass.",
  "fn": "warpSine",
  "expr": "x + amplitude * sin(frequency * y + phase); y + amplitude * sin(frequency * x + phase)",
  "params": [
    { "name": "amplitude", "uniform": "u_sineAmplitude", "type": "float", "min": 0, "max": 0.5, "default": 0.05 },
    { "name": "frequency", "uniform": "u_sineFrequency", "type": "float", "min": 0, "max": 60, "default": 9 },
    { "name": "phase", "uniform": "u_sinePhase", "type": "float", "min": -3.14159, "max": 3.14159, "default": 0, "animate": { "rate": 1.5 } }
  ]
}*/
// Two-axis sine wave.
//   vec2 warpSine(vec2 p, out mat2 J)
//   u = p + A (sin(k p.y + ph), sin(k p.x + ph))
//   J = [[1, A k cos(k p.y + ph)], [A k cos(k p.x + ph), 1]]   (rows u.x, u.y)
// amplitude A: warp-space units; frequency k: radians per world unit (wavelength 2 pi / k);
// phase ph: radians. det J = 1 - (A k)^2 cos cos, so the map folds over where A k > 1
// (A k = 0.45 by default). Smooth and finite everywhere; nothing is singular.
uniform float u_sineAmplitude;
uniform float u_sineFrequency;
uniform float u_sinePhase;

vec2 warpSine(vec2 p, out mat2 J) {
  vec2 arg = u_sineFrequency * p.yx + u_sinePhase;
  vec2 slope = u_sineAmplitude * u_sineFrequency * cos(arg);
  // Columns are d/dx and d/dy; rows are u.x and u.y.
  J = mat2(1.0, slope.y, slope.x, 1.0);
  return p + u_sineAmplitude * sin(arg);
}
