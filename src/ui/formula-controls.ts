import type GUI from 'lil-gui';
import { escapeInvisible } from '../util/excerpt';
import { FIELD_EXAMPLES, WARP_EXAMPLES } from '../expr/examples';
import { fieldExpressionContext } from '../expr/generated-sources';
import { checkOperationBudget, CUSTOM_ID } from '../variant/expression-variants';
import { generateFunction } from '../expr/codegen';
import { ExprError, parseExpression, type ExprContext } from '../expr/parse';
import type { ViewerState } from '../model/state';
import type { Viewer } from '../render/viewer';
import { warpExpressionContext } from '../catalog/warp-catalog';
import { asTextArea } from './text-area-control';

type Which = 'warp' | 'field';

const SETUP: Record<
  Which,
  { label: string; examples: Record<string, string>; context: ExprContext }
> = {
  warp: { label: 'u; v =', examples: WARP_EXAMPLES, context: warpExpressionContext([]) },
  field: { label: 'f(u, v) =', examples: FIELD_EXAMPLES, context: fieldExpressionContext([]) },
};

/**
 * The formula input of the custom warp or field: a several-line text box, examples to start from, and
 * a live error line with a caret under the offending character. Typing checks the text at
 * once; Enter or leaving the field commits it (one recompile), and a formula that does not
 * parse is never committed, so the last good shader keeps drawing.
 */
export function addFormulaControls(
  folder: GUI,
  viewer: Viewer,
  which: Which,
): (s: ViewerState) => void {
  const { label, examples, context } = SETUP[which];
  const values = { text: viewer.state.expressions[which], example: '' };
  const input = folder.add(values, 'text').name(label);
  const area = asTextArea(input);
  const example = folder
    .add(values, 'example', {
      '(pick one)': '',
      ...Object.fromEntries(Object.keys(examples).map((k) => [k, k])),
    })
    .name('examples');
  const message = document.createElement('pre');
  message.className = 'formula-error';
  message.setAttribute('role', 'status');
  message.dataset.formula = which;
  input.domElement.after(message);

  const check = (text: string): boolean => {
    try {
      const { operations } = generateFunction('f', parseExpression(text, context));
      const { source, filter } = viewer.state.aa;
      checkOperationBudget([[`${which} formula`, { operations }]], source, filter);
      message.textContent = '';
      return true;
    } catch (error) {
      if (!(error instanceof ExprError)) throw error;
      // A short excerpt that fits the panel, the caret under the offending character, then
      // the message on its own line.
      const from = Math.max(0, error.position - 16);
      const to = error.position + 16;
      const lead = from > 0 ? '…' : '';
      // Invisible characters become spaces here, one for one, so the caret stays aligned.
      const excerpt = Array.from(text.slice(from, to), (c) =>
        escapeInvisible(c) === c ? c : ' ',
      ).join('');
      const caret = ' '.repeat(lead.length + error.position - from);
      message.textContent = `${lead}${excerpt}${to < text.length ? '…' : ''}\n${caret}^\n${error.message}`;
      return false;
    }
  };
  const commit = (text: string) => {
    if (check(text)) viewer.update({ expressions: { [which]: text } });
  };
  input.onChange((text: string) => check(text)).onFinishChange(commit);
  example.onChange((name: string) => {
    const text = examples[name];
    if (!text) return;
    values.text = text;
    input.updateDisplay();
    commit(text);
  });

  // A formula that parses can still be rejected by the GLSL compiler (too large, say): the
  // failure names the formulas it is about, and the message shows here too.
  viewer.drawFailed.on((failure) => {
    const ours = failure?.formulas.includes(which);
    if (ours && !message.textContent)
      message.textContent = `The shader compiler rejected this formula:\n${failure!.message.split('\n')[0]}`;
    else if (!failure && message.textContent.startsWith('The shader compiler'))
      message.textContent = '';
  });

  return (state) => {
    const active = (which === 'warp' ? state.warp : state.scene) === CUSTOM_ID;
    input.enable(active);
    example.enable(active);
    // Keep what the user is typing; follow the state when they are not.
    if (document.activeElement !== area) {
      values.text = state.expressions[which];
      input.updateDisplay();
      check(values.text);
    }
  };
}
