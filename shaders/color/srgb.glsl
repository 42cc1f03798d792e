// sRGB transfer function (IEC 61966-2-1), applied per channel.
//   vec3 srgbEncode(vec3 linear)   linear light in [0, 1] -> sRGB-encoded [0, 1]
//   vec3 srgbDecode(vec3 encoded)  sRGB-encoded [0, 1] -> linear light
vec3 srgbEncode(vec3 linear) {
  vec3 c = clamp(linear, 0.0, 1.0);
  return mix(12.92 * c, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(0.0031308, c));
}

vec3 srgbDecode(vec3 encoded) {
  vec3 c = clamp(encoded, 0.0, 1.0);
  return mix(c / 12.92, pow((c + 0.055) / 1.055, vec3(2.4)), step(0.04045, c));
}
