/** Command-line options of `npm run render`, checked before any browser starts. */
const MAX_SIDE = 4096;

export interface RenderArgs {
  patch: Record<string, unknown>;
  width: number;
  height: number;
  out: string;
}

export function parseRenderArgs(argv: readonly string[]): RenderArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (!flag.startsWith('--')) throw new Error(`unexpected argument "${flag}"`);
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    values.set(flag.slice(2), value);
  }
  const known = ['scene', 'warp', 'source', 'filter', 'fade', 'output', 'size', 'out'];
  for (const key of values.keys())
    if (!known.includes(key))
      throw new Error(`unknown option --${key} (known: ${known.map((k) => `--${k}`).join(' ')})`);

  const out = values.get('out');
  if (!out) throw new Error('--out <file.png> is required');
  const size = /^(\d+)x(\d+)$/.exec(values.get('size') ?? '1024x768');
  const width = Number(size?.[1]);
  const height = Number(size?.[2]);
  if (!size || width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE)
    throw new Error(
      `--size must be <W>x<H> with each side from 1 to ${MAX_SIDE}, got "${values.get('size')}"`,
    );

  const aa: Record<string, unknown> = {};
  if (values.has('source')) aa.source = values.get('source');
  if (values.has('filter')) aa.filter = values.get('filter');
  if (values.has('fade')) aa.fadeWidth = Number(values.get('fade'));
  const patch: Record<string, unknown> = { aa };
  for (const key of ['scene', 'warp', 'output'] as const)
    if (values.has(key)) patch[key] = values.get(key);
  return { patch, width, height, out };
}
