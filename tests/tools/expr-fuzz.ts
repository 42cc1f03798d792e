/**
 * Seeded random expressions of u and v for the autodiff fuzz test: every function and
 * operator of the grammar, wrapped so the value stays finite on [-1, 1]^2 (denominators
 * kept away from 0, logs and roots of positive arguments, asin/acos inside (-1, 1)).
 * Arguments of sin and cos pass through 2 tanh(a / 2), within +-2: a GPU's float32 sin of a
 * large argument is off by ~1e-3 (range reduction), which would test the GPU, not autodiff.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function randomExpression(random: () => number, depth = 4): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const constant = () => (Math.round((random() * 4 - 2) * 100) / 100).toString();
  const gen = (d: number): string => {
    if (d <= 0 || random() < 0.22) return pick(['u', 'v', 'u', 'v', constant()]);
    const a = () => gen(d - 1);
    const t = () => `2 * tanh(${gen(d - 1)} / 2)`;
    const forms: (() => string)[] = [
      () => `(${a()} + ${a()})`,
      () => `(${a()} - ${a()})`,
      () => `(${a()} * ${a()})`,
      () => `${a()} / (2 + sin(${t()}))`,
      () => `(0.5 + (${a()})^2)^${pick(['2', '3', '0.5', '-1', '1.5'])}`,
      () => `-${a()}^2`,
      () => `pow(1.2 + abs(${a()}), 0.7)`,
      () => `pow(1.5 + sin(${t()}), 1 + 0.3 * cos(${t()}))`,
      () => `sin(${t()})`,
      () => `cos(${t()})`,
      () => `tan(0.6 * sin(${t()}))`,
      () => `asin(0.9 * sin(${t()}))`,
      () => `acos(0.9 * cos(${t()}))`,
      () => `atan(${a()})`,
      () => `atan2(${a()}, 1.5 + cos(${t()}))`,
      () => `sinh(sin(${t()}))`,
      () => `cosh(sin(${t()}))`,
      () => `tanh(${a()})`,
      () => `exp(sin(${t()}))`,
      () => `log(1.5 + cos(${t()}))`,
      () => `sqrt(1 + (${a()})^2)`,
      () => `abs(${a()})`,
      () => `min(${a()}, ${a()})`,
      () => `max(${a()}, ${a()})`,
      () => `floor(${a()}) * 0.5`,
      () => `fract(${a()})`,
      () => `mod(${a()}, 1.3)`,
      () => `clamp(${a()}, -0.5, 0.7)`,
      () => `mix(${a()}, ${a()}, 0.3)`,
      () => `smoothstep(-1, 1.2, ${a()})`,
      () => `length(${a()}, ${a()})`,
      () => `length(${a()})`,
      () => `hypot(0.3 + ${a()}, ${a()})`,
      () => `sign(${a()}) * 0.25`,
    ];
    return pick(forms)();
  };
  // Sometimes through a definition, so definitions are fuzzed too.
  if (random() < 0.3) return `t = ${gen(depth - 1)}; t * ${gen(depth - 2)} + t`;
  return gen(depth);
}
