import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, parseInfoLog } from '../../src/shader/info-log';
import { assembleInput, type ShaderInput } from '../tools/assemble-case';
import { INFO_LOG_CASES } from '../tools/info-log-cases';

const lineMap = [
  { file: '<preamble>', line: 1 },
  { file: 'shaders/a.glsl', line: 1 },
  { file: 'shaders/a.glsl', line: 2 },
  { file: 'scenes/s.glsl', line: 7 },
];

describe('parseInfoLog', () => {
  it('maps ANGLE lines through the line map', () => {
    const { diagnostics, unparsed } = parseInfoLog(
      "ERROR: 0:3: 'x' : undeclared identifier\nWARNING: 0:4: 'y' : unused",
      lineMap,
    );
    expect(unparsed).toEqual([]);
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        file: 'shaders/a.glsl',
        line: 2,
        message: "'x' : undeclared identifier",
        raw: "ERROR: 0:3: 'x' : undeclared identifier",
      },
      {
        severity: 'warning',
        file: 'scenes/s.glsl',
        line: 7,
        message: "'y' : unused",
        raw: "WARNING: 0:4: 'y' : unused",
      },
    ]);
  });

  it('accepts the 0(3) : error form and a missing source number', () => {
    const { diagnostics } = parseInfoLog(
      "0(3) : error C1008: undefined variable 'x'\nERROR: 4: bad",
      lineMap,
    );
    expect(diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual([
      'shaders/a.glsl:2',
      'scenes/s.glsl:7',
    ]);
  });

  it('keeps lines in no known format verbatim, and drops NULs and blank lines', () => {
    const { diagnostics, unparsed } = parseInfoLog('\0\nSomething odd happened\n\n', lineMap);
    expect(diagnostics).toEqual([]);
    expect(unparsed).toEqual(['Something odd happened']);
  });

  it('names an out-of-range line <shader>:0 instead of guessing', () => {
    const { diagnostics } = parseInfoLog("ERROR: 0:99: 'x' : boom", lineMap);
    expect(`${diagnostics[0]!.file}:${diagnostics[0]!.line}`).toBe('<shader>:0');
  });
});

describe('formatDiagnostic', () => {
  const files = new Map([
    ['shaders/a.glsl', 'line one\nline two\n  float d = radius;\nline four\nline five\nline six'],
  ]);

  it('shows two lines of context either side and a caret under the quoted token', () => {
    const text = formatDiagnostic(
      {
        severity: 'error',
        file: 'shaders/a.glsl',
        line: 3,
        message: "'radius' : undeclared identifier",
        raw: '',
      },
      files,
    );
    expect(text).toBe(
      [
        "shaders/a.glsl:3: error: 'radius' : undeclared identifier",
        '  1 | line one',
        '  2 | line two',
        '> 3 |   float d = radius;',
        '    |             ^^^^^^',
        '  4 | line four',
        '  5 | line five',
      ].join('\n'),
    );
  });

  it('puts the caret at the first non-blank character when the token is not on the line', () => {
    const text = formatDiagnostic(
      {
        severity: 'error',
        file: 'shaders/a.glsl',
        line: 3,
        message: "'return' : mismatch",
        raw: '',
      },
      files,
    );
    expect(text.split('\n')[4]).toBe('    |   ^^^^^^');
  });

  it('falls back to the head line for a file it does not know', () => {
    expect(
      formatDiagnostic(
        { severity: 'error', file: '<link>', line: 0, message: 'bad', raw: '' },
        files,
      ),
    ).toBe('<link>:0: error: bad');
  });
});

describe('info logs recorded from Chromium', () => {
  it.each(INFO_LOG_CASES.map((c) => [c.name, c] as const))(
    '%s: every error lands on the broken line',
    (name, testCase) => {
      const fixture = JSON.parse(readFileSync(`tests/fixtures/info-logs/${name}.json`, 'utf8')) as {
        log: string;
        input: ShaderInput;
      };
      const shader = assembleInput(fixture.input);
      const { diagnostics, unparsed } = parseInfoLog(fixture.log, shader.lineMap);
      expect(unparsed, 'every log line is understood').toEqual([]);
      expect(diagnostics.length).toBeGreaterThan(0);
      const places = [...new Set(diagnostics.map((d) => `${d.file}:${d.line}`))];
      expect(places).toEqual(testCase.expected);
      const first = formatDiagnostic(diagnostics[0]!, shader.files);
      expect(first.split('\n').filter((l) => l.startsWith('>'))).toHaveLength(1);
      expect(first).toMatch(/\^+$/m);
    },
  );
});
