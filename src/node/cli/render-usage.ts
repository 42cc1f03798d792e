/** What `npm run render -- --help` prints: every flag, its values and the defaults. */
export const RENDER_USAGE = `Usage: npm run render -- [options] --out <file.png>
       npm run render -- --batch <renders.json>
       npm run render -- [options] --glsl <file.glsl> [--target shadertoy | webgl2]
       npm run render -- --objective "<f(x, y)>" --paths-json <file.json | ->

Renders PNG files through the viewer's own export in headless Chromium (or Chrome: set
CHROME_PATH). Every check that needs no browser runs before the browser starts; a bad
option exits with code 1 and one line naming it.

Scene and warp
  --scene <id | file.glsl>     scene id, or a scene file (its header defaults apply first)
  --warp <id>                  warp id
  --field-expr "<f(u, v)>"     the custom field as a formula (picks the custom scene)
  --warp-expr "<u; v>"         the custom warp as a formula (picks the custom warp)
  --set <param>=<value>        a scene or warp parameter (scene. / warp. picks the owner);
                               repeatable
  --state <file.json | #s1...> start from a saved state file or a link's hash

Antialiasing
  --source <name>              none naive hardware analytic autodiff second-order
                               finite-difference reference
  --filter <name>              step linear smoothstep box adaptive strip
  --fade <px>                  fade width, 0 to 8 device pixels
  --reference <N>              samples per side of the reference, 1 to 64

Output
  --out <file.png>             the PNG to write (its folder must exist)
  --size <W>x<H>               pixels, up to 16384 per side (default 1024x768)
  --scale <1-4>                multiply the size
  --transparent                transparent background, straight alpha
  --mode <color | coverage>    coverage writes the shape mask as 16-bit grey
  --tile <px>                  tile size (default: the largest the GPU allows, <= 4096)
  --batch <file.json>          a JSON array of objects keyed like these options

Time and sequences
  --time <s>                   seconds on the scene's clock (default 0); parameters tied
                               to time move with it
  --frames <N>                 write N frames from --time on: --out name.png becomes
                               name-0001.png, name-0002.png, ... (f-###.png: the #s)
  --fps <F>                    frames per second of the sequence (default 30)

Shader export (needs no browser)
  --glsl <file.glsl>           write the view as one self-contained fragment shader
  --target <name>              webgl2 (#version 300 es, default) or shadertoy (mainImage)
  --params <form>              constants (default) or uniforms (webgl2 only: the defaults
                               are listed in the header's "uniform defaults" line)

Optimisation lab (any of these picks the optimise scene unless --scene is given)
  --objective "<f(x, y)>"      the objective, as a formula
  --start <x>,<y>              where every method starts
  --methods <a,b,...>          gd momentum nesterov newton damped-newton bfgs
  --step, --momentum, --iterations, --tolerance
                               the methods' settings
  --paths-json <file | ->      write the paths, statuses and critical points as JSON
                               (- for standard output); needs no --out

  -h, --help                   print this and exit
`;

/** Whether argv asks for the usage text. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--help' || arg === '-h');
}
