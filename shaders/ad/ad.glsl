// Forward-mode automatic differentiation in two variables (x, y).
//   struct AD { float v; vec2 g; vec3 h; }   value, gradient, Hessian (hxx, hxy, hyy)
// A dual number carries v and g; a second-order jet also carries h. With AD_HESSIAN
// undefined the Hessian terms are never computed (h stays 0) and the compiler drops them.
//
// Every function is built from two chain rules. For r = F(a):
//   g_r = F' g_a,   H_r = F' H_a + F'' g_a g_a^T
// and for r = F(a, b):
//   g_r = Fa g_a + Fb g_b
//   H_r = Fa H_a + Fb H_b + Faa g_a g_a^T + Fbb g_b g_b^T + Fab (g_a g_b^T + g_b g_a^T)
//
// Conventions at kinks and singular points (documented in docs/autodiff.md):
//   abs, sign       derivative sign(a) (0 at a = 0); sign has derivative 0
//   min, max        the derivative of the selected argument; a tie selects the first
//   floor           derivative 0; fract = a - floor(a) has derivative 1; mod(a, b) =
//                   a - b floor(a / b) has derivatives 1 and -floor(a / b)
//   sqrt(0)         gradient and Hessian 0 (not inf * 0 = NaN): the inside of iq's box
//   hypot(0, 0)     gradient and Hessian 0; atan2(0, 0) the same
//   log, pow, asin, acos off their domain: whatever GLSL returns (NaN), as the value is
#ifndef AD_GLSL
#define AD_GLSL

struct AD {
  float v;
  vec2 g;
  vec3 h;
};

vec3 ad_outer(vec2 a) { return vec3(a.x * a.x, a.x * a.y, a.y * a.y); }
vec3 ad_sym(vec2 a, vec2 b) { return vec3(2.0 * a.x * b.x, a.x * b.y + a.y * b.x, 2.0 * a.y * b.y); }

AD ad_const(float c) { return AD(c, vec2(0.0), vec3(0.0)); }
AD ad_x(vec2 p) { return AD(p.x, vec2(1.0, 0.0), vec3(0.0)); }
AD ad_y(vec2 p) { return AD(p.y, vec2(0.0, 1.0), vec3(0.0)); }

AD ad_chain1(AD a, float f, float f1, float f2) {
#ifdef AD_HESSIAN
  return AD(f, f1 * a.g, f1 * a.h + f2 * ad_outer(a.g));
#else
  return AD(f, f1 * a.g, vec3(0.0));
#endif
}

AD ad_chain2(AD a, AD b, float f, float fa, float fb, float faa, float fab, float fbb) {
#ifdef AD_HESSIAN
  vec3 h = fa * a.h + fb * b.h + faa * ad_outer(a.g) + fbb * ad_outer(b.g) + fab * ad_sym(a.g, b.g);
  return AD(f, fa * a.g + fb * b.g, h);
#else
  return AD(f, fa * a.g + fb * b.g, vec3(0.0));
#endif
}

AD ad_add(AD a, AD b) { return AD(a.v + b.v, a.g + b.g, a.h + b.h); }
AD ad_sub(AD a, AD b) { return AD(a.v - b.v, a.g - b.g, a.h - b.h); }
AD ad_neg(AD a) { return AD(-a.v, -a.g, -a.h); }
AD ad_mul(AD a, AD b) { return ad_chain2(a, b, a.v * b.v, b.v, a.v, 0.0, 1.0, 0.0); }
AD ad_div(AD a, AD b) {
  float q = 1.0 / b.v;
  return ad_chain2(a, b, a.v * q, q, -a.v * q * q, 0.0, -q * q, 2.0 * a.v * q * q * q);
}
// a^n for a constant n: exact for negative a when n is an integer.
AD ad_powc(AD a, float n) {
  if (n == 2.0) return ad_chain1(a, a.v * a.v, 2.0 * a.v, 2.0);
  bool odd = abs(mod(n, 2.0)) == 1.0;
  float s = a.v < 0.0 && fract(n) == 0.0 ? -1.0 : 1.0;
  float m = abs(a.v);
  float p0 = pow(m, n), p1 = pow(m, n - 1.0), p2 = pow(m, n - 2.0);
  // |a|^k carries sign(a)^k for integer powers: odd k flips, even k does not.
  float s0 = odd ? s : 1.0, s1 = odd ? 1.0 : s, s2 = s0;
  return ad_chain1(a, s0 * p0, n * s1 * p1, n * (n - 1.0) * s2 * p2);
}
// a^b for a varying exponent: exp(b log a), defined for a > 0.
AD ad_pow(AD a, AD b) {
  float f = pow(a.v, b.v), la = log(a.v), pa = pow(a.v, b.v - 1.0);
  return ad_chain2(a, b, f, b.v * pa, f * la, b.v * (b.v - 1.0) * pow(a.v, b.v - 2.0),
                   pa * (1.0 + b.v * la), f * la * la);
}

AD ad_sin(AD a) { float s = sin(a.v); return ad_chain1(a, s, cos(a.v), -s); }
AD ad_cos(AD a) { float c = cos(a.v); return ad_chain1(a, c, -sin(a.v), -c); }
AD ad_tan(AD a) { float t = tan(a.v), d = 1.0 + t * t; return ad_chain1(a, t, d, 2.0 * t * d); }
AD ad_asin(AD a) {
  float k = 1.0 / sqrt(1.0 - a.v * a.v);
  return ad_chain1(a, asin(a.v), k, a.v * k * k * k);
}
AD ad_acos(AD a) {
  float k = 1.0 / sqrt(1.0 - a.v * a.v);
  return ad_chain1(a, acos(a.v), -k, -a.v * k * k * k);
}
AD ad_atan(AD a) {
  float d = 1.0 / (1.0 + a.v * a.v);
  return ad_chain1(a, atan(a.v), d, -2.0 * a.v * d * d);
}
AD ad_sinh(AD a) { float s = sinh(a.v); return ad_chain1(a, s, cosh(a.v), s); }
AD ad_cosh(AD a) { float c = cosh(a.v); return ad_chain1(a, c, sinh(a.v), c); }
AD ad_tanh(AD a) { float t = tanh(a.v), d = 1.0 - t * t; return ad_chain1(a, t, d, -2.0 * t * d); }
AD ad_exp(AD a) { float e = exp(a.v); return ad_chain1(a, e, e, e); }
AD ad_log(AD a) { float q = 1.0 / a.v; return ad_chain1(a, log(a.v), q, -q * q); }
AD ad_sqrt(AD a) {
  if (a.v <= 0.0) return AD(0.0, vec2(0.0), vec3(0.0));
  float s = sqrt(a.v);
  return ad_chain1(a, s, 0.5 / s, -0.25 / (s * a.v));
}
AD ad_abs(AD a) { float s = a.v < 0.0 ? -1.0 : 1.0; return ad_chain1(a, abs(a.v), a.v == 0.0 ? 0.0 : s, 0.0); }
AD ad_sign(AD a) { return ad_const(sign(a.v)); }
AD ad_floor(AD a) { return ad_const(floor(a.v)); }
AD ad_fract(AD a) { return AD(fract(a.v), a.g, a.h); }
AD ad_mod(AD a, AD b) {
  float k = floor(a.v / b.v);
  return ad_chain2(a, b, a.v - b.v * k, 1.0, -k, 0.0, 0.0, 0.0);
}
// WebGL forbids ?: on structs, hence the ifs.
AD ad_min(AD a, AD b) {
  if (b.v < a.v) return b;
  return a;
}
AD ad_max(AD a, AD b) {
  if (b.v > a.v) return b;
  return a;
}
AD ad_hypot(AD a, AD b) {
  float r2 = a.v * a.v + b.v * b.v;
  if (r2 <= 0.0) return AD(0.0, vec2(0.0), vec3(0.0));
  float r = sqrt(r2), r3 = r2 * r;
  return ad_chain2(a, b, r, a.v / r, b.v / r, b.v * b.v / r3, -a.v * b.v / r3, a.v * a.v / r3);
}
// atan2(y, x): the angle of (x, y); theta_y = x / r^2, theta_x = -y / r^2.
AD ad_atan2(AD y, AD x) {
  float r2 = x.v * x.v + y.v * y.v;
  if (r2 <= 0.0) return ad_const(0.0);
  float r4 = r2 * r2;
  return ad_chain2(y, x, atan(y.v, x.v), x.v / r2, -y.v / r2, -2.0 * x.v * y.v / r4,
                   (y.v * y.v - x.v * x.v) / r4, 2.0 * x.v * y.v / r4);
}

#endif
