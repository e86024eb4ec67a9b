// Recognises the inline scripts Next.js and React write into a page, by exact shape, so that only
// they are hashed into the page's Content-Security-Policy. Anything else (an injected <script>,
// a changed framework script) gets no hash and the browser refuses it (docs/0011).
// Every accepted text is either an exact known React function text or a call whose arguments are
// JSON, that is data: an injection that copies these shapes can push data, never run code.
import { FORM_REPLAY, RUNTIME_DEFINITIONS, SHELL_TIME } from './react-runtime-scripts';

// next/dist/server/app-render/use-flight-response.js: the first script, optionally followed by
// the form state of a form posted without JavaScript, then one script per chunk of page data.
const FLIGHT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_PUSH = 'self.__next_f.push(';
const FLIGHT_DATA = 1;
const FLIGHT_FORM_STATE = 2;
const FLIGHT_BINARY = 3;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `[1,"…"]`, `[3,"base64"]` or `[2, form state]`: JSON, so data and never code. */
function isFlightInstruction(json: string): boolean {
  const value = parseJson(json);
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [kind, payload] = value as [unknown, unknown];
  if (kind === FLIGHT_DATA || kind === FLIGHT_BINARY) return typeof payload === 'string';
  return kind === FLIGHT_FORM_STATE;
}

function isFlightScript(text: string): boolean {
  if (text === FLIGHT_BOOTSTRAP) return true;
  const rest = text.startsWith(`${FLIGHT_BOOTSTRAP};`) ? text.slice(FLIGHT_BOOTSTRAP.length + 1) : text;
  if (!rest.startsWith(FLIGHT_PUSH) || !rest.endsWith(')')) return false;
  return isFlightInstruction(rest.slice(FLIGHT_PUSH.length, -1));
}

// next/dist/server/get-page-files.js (Turbopack builds): React's bootstrap script, naming the
// page's chunks: (globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({…});
const TURBOPACK_BOOTSTRAP = /^\(globalThis\[("[\w$]+")\] \|\| \(globalThis\[\1\] = \[\]\)\)\.push\(([\s\S]*)\);$/;

function isTurbopackBootstrap(text: string): boolean {
  const params = TURBOPACK_BOOTSTRAP.exec(text)?.[2];
  if (params === undefined) return false;
  const value = parseJson(params);
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// React's instruction calls: $RC("B:0","S:0"), $RS(…), $RX("B:1","digest",…), and
// $RR("B:2","S:2",[["/a.css","default"]]) — strings, nulls, and lists of string lists.
const CALL = /^\$R[CRSX]\(([\s\S]*)\)$/;
const isInstructionArgument = (a: unknown) =>
  a === null ||
  typeof a === 'string' ||
  (Array.isArray(a) && a.every((l) => Array.isArray(l) && l.every((s) => typeof s === 'string')));

function isReactInstruction(text: string): boolean {
  if (text === FORM_REPLAY || text === SHELL_TIME) return true;
  // The definitions a call needs come first, each once, exactly as React ships them.
  let rest = text;
  for (let found = true; found;) {
    found = false;
    for (const definition of RUNTIME_DEFINITIONS) {
      if (!rest.startsWith(definition)) continue;
      rest = rest.slice(definition.length).replace(/^;/, '');
      found = true;
    }
  }
  const args = CALL.exec(rest)?.[1];
  if (args === undefined) return false;
  const values = parseJson(`[${args}]`);
  return (
    Array.isArray(values) && values.length > 0 && typeof values[0] === 'string' && values.every(isInstructionArgument)
  );
}

/** Whether an inline script's text (exactly as between its tags) is one Next.js or React wrote. */
export function isTrustedInlineScript(text: string): boolean {
  return isFlightScript(text) || isTurbopackBootstrap(text) || isReactInstruction(text);
}
