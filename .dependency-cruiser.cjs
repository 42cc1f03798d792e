/**
 * The layers of src/, lowest first. A module may import its own layer and the layers
 * below it, never one above; src/node (command line, bench) sits above them all and is
 * the only place node's own modules may be imported. No import cycles anywhere.
 * tests/unit/layer-rules.test.ts proves these rules catch an upward import and a cycle.
 */
const LAYERS = [
  'util', // pure helpers: events, excerpts, base64, 2x2 symmetric algebra
  'shader', // GLSL assembly: sources, preamble, headers, parameters, info logs, folding
  'gl', // WebGL mechanism: context, program cache, targets, passes (no scene knowledge)
  'expr', // the formula compiler: parse, grammar, GLSL codegen, CPU jets
  'catalog', // scene and warp headers, the AA method lists
  'model', // ViewerState, its schema, view, URL, presets, the library of files
  'variant', // state -> frame plan: variants, uniforms, bands, marks, a stable key
  'render', // draws plans: renderer, live frames, viewer, clock
  'features', // export, inspect, quality
  'ui', // the lil-gui panel and overlays
  'lab', // the optimisation lab, a feature that plugs in
  'app', // boot, the automation API, page options
  'node', // command line, bench, disk sources, page driver
];

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-upward-from-${layer}`,
  comment: `src/${layer} may import only ${LAYERS.slice(0, i + 1).join(', ')}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/` },
}));

module.exports = {

  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import cycle: the modules on it cannot be read, or loaded, one at a time',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'no-node-in-browser-tree',
      comment: "node's own modules belong in src/node, which the page never loads",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/node/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)node_modules/' },
  },
};
