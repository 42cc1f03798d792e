/** Formulas to start from, offered next to the custom warp's and field's inputs. */
export const WARP_EXAMPLES: Readonly<Record<string, string>> = {
  'log-polar spiral':
    'r = hypot(x, y); a = atan2(y, x); 0.8 * log(r) - 0.3 * a; 0.3 * log(r) + 0.8 * a',
  'Droste-like zoom':
    'r = hypot(x, y); a = atan2(y, x); s = exp(mod(log(r) + 0.12 * a, log(3))); s * cos(a); s * sin(a)',
  'complex power z^3': 'r = hypot(x, y); a = atan2(y, x); r^3 * cos(3 * a); r^3 * sin(3 * a)',
  ripple: 'x + 0.06 * sin(11 * y); y + 0.06 * sin(11 * x)',
  identity: 'x; y',
};

export const FIELD_EXAMPLES: Readonly<Record<string, string>> = {
  "iq's three-lobe fan": 'r = hypot(u, v); a = atan2(v, u); r - 1 + 0.5 * sin(3 * a + 2 * r^2)',
  "iq's box":
    'qx = abs(u) - 0.5; qy = abs(v) - 0.25; hypot(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0)',
  flower: 'r = hypot(u, v); a = atan2(v, u); r - 0.6 - 0.15 * cos(5 * a)',
  'smooth blobs':
    '-log(exp(-8 * (hypot(u - 0.4, v) - 0.35)) + exp(-8 * (hypot(u + 0.35, v - 0.2) - 0.3))) / 8',
  'plot y = s^2 - 6s + 13': 's = 3 + 3 * u; t = 7 + 7 * v; (t - (s^2 - 6 * s + 13)) / 7',
};
