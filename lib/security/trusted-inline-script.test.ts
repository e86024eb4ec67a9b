import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import fixture from '../../tests/fixtures/next-inline-scripts.json';
import { FORM_REPLAY, RUNTIME_DEFINITIONS, SHELL_TIME } from './react-runtime-scripts';
import { isTrustedInlineScript } from './trusted-inline-script';

const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';

describe('isTrustedInlineScript', () => {
  it.each(fixture.scripts.map((s) => [s.slice(0, 60), s]))(
    'accepts the script a real build wrote: %s…',
    (_, script) => {
      expect(isTrustedInlineScript(script)).toBe(true);
    },
  );

  it('accepts page data that escapes markup, and the binary and form-state forms', () => {
    expect(isTrustedInlineScript('self.__next_f.push([1,"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"])')).toBe(
      true,
    );
    expect(isTrustedInlineScript('self.__next_f.push([3,"AAEC"])')).toBe(true);
    expect(isTrustedInlineScript(`${BOOTSTRAP};self.__next_f.push([2,[{"ok":true},"k1","a1",0]])`)).toBe(true);
    expect(isTrustedInlineScript(TURBOPACK)).toBe(true);
  });

  it.each([
    ['a plain script', 'alert(1)'],
    ['an injected assignment', 'window.__injected=1'],
    ['code after page data', 'self.__next_f.push([1,"x"]);alert(1)'],
    ['code inside the call', 'self.__next_f.push(alert(1))'],
    ['a string that is not JSON', "self.__next_f.push([1,'x'])"],
    ['an expression in the data', 'self.__next_f.push([1,"x"+alert(1)])'],
    ['a closed call hiding more code', 'self.__next_f.push([1,"x"]),alert(1)//)'],
    ['a comment after the data', 'self.__next_f.push([1,"x"])//'],
    ['an unknown instruction', 'self.__next_f.push([9,"x"])'],
    ['code before the bootstrap', `alert(1);${BOOTSTRAP}`],
    ['code after the bootstrap', `${BOOTSTRAP};alert(1)`],
    ['a look-alike global', 'self.__next_f.push=alert;self.__next_f.push([1,"x"])'],
    ['a Turbopack bootstrap with code', TURBOPACK.replace('{"otherChunks"', '{"x":alert(1),"otherChunks"')],
    ['a Turbopack bootstrap with two globals', TURBOPACK.replace('globalThis["TURBOPACK"] =', 'globalThis["X"] =')],
    ['a Turbopack bootstrap with a trailing statement', `${TURBOPACK}alert(1);`],
    ['a React call with code', '$RC("B:0",alert(1))'],
    ['a React call of code', '$RC=alert;$RC("B:0","S:0")'],
    ['a changed React function', `${RUNTIME_DEFINITIONS[0]!.replace('removeChild', 'remove')}$RS("S:1","P:1")`],
    ['React function text with code after it', `${SHELL_TIME}alert(1)`],
    ['an empty script', ''],
  ])('refuses %s', (_, script) => {
    expect(isTrustedInlineScript(script)).toBe(false);
  });
});

// React's runtime as the copy Next.js ships writes it: a page with a form whose action is a function,
// boundaries that finish late (one with a stylesheet, one nested) and one that fails on the server.
const require = createRequire(import.meta.url);
const React = require('next/dist/compiled/react') as typeof import('react');
const { renderToReadableStream } =
  require('next/dist/compiled/react-dom/server.edge') as typeof import('react-dom/server.edge');

async function renderStreamingPage(): Promise<string> {
  const h = React.createElement;
  const waits = new Map<number, Promise<void>>();
  const wait = (ms: number) => waits.get(ms) ?? (waits.set(ms, new Promise((r) => setTimeout(r, ms))), waits.get(ms)!);
  const Later = ({ ms, children }: { ms: number; children?: React.ReactNode }) => (React.use(wait(ms)), children);
  const Fails = () => {
    React.use(wait(30));
    throw new Error('boom');
  };
  const tree = h(
    'html',
    null,
    h(
      'body',
      null,
      h('form', { action: async () => {} }, h('button', null, 'Go')),
      h(
        React.Suspense,
        { fallback: '…' },
        h(Later, { ms: 10 }, 'A', h(React.Suspense, { fallback: '…' }, h(Later, { ms: 40 }, 'inner'))),
      ),
      h(
        React.Suspense,
        { fallback: '…' },
        h(Later, { ms: 20 }, h('link', { rel: 'stylesheet', href: '/b.css', precedence: 'default' }), 'B'),
      ),
      h(React.Suspense, { fallback: '…' }, h(Fails)),
    ),
  );
  const stream = await renderToReadableStream(tree, { onError: () => 'digest-1' });
  return new Response(stream).text();
}

describe('React runtime texts', () => {
  it('are accepted as the React Next.js ships writes them', async () => {
    const scripts = [...(await renderStreamingPage()).matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => m[1]!,
    );
    // How React batches instructions into scripts depends on timing; what they contain does not.
    expect(scripts).toEqual(
      expect.arrayContaining([SHELL_TIME, FORM_REPLAY, expect.stringMatching(/^\$RC\("B:3","S:3"\)$/)]),
    );
    for (const call of [
      '$RB=[];',
      '$RX=function',
      '$RR=function',
      '$RX("B:2"',
      '$RR("B:1","S:1",[["/b.css","default"]])',
    ])
      expect(scripts.join('\n')).toContain(call);
    for (const script of scripts) expect(isTrustedInlineScript(script), script.slice(0, 80)).toBe(true);
  });

  it('are each in the React server Next.js ships (copy them again after an upgrade)', () => {
    const source = fs.readFileSync(
      require.resolve('next/dist/compiled/react-dom/cjs/react-dom-server.edge.production.js'),
      'utf8',
    );
    const asLiteral = (text: string, quote: string) =>
      text.replace(/\\/g, '\\\\').replaceAll(quote, `\\${quote}`).replace(/\n/g, '\\n');
    for (const text of [FORM_REPLAY, SHELL_TIME, ...RUNTIME_DEFINITIONS]) {
      expect(
        [text, asLiteral(text, "'"), asLiteral(text, '"')].some((t) => source.includes(t)),
        text.slice(0, 60),
      ).toBe(true);
    }
    expect(isTrustedInlineScript(`${RUNTIME_DEFINITIONS[0]}$RS("S:1","P:1")`)).toBe(true);
  });
});
