// What a newsroom's email team checks before a template ships, as functions over rendered HTML:
// client support (the caniemail.com data set), readable colours in light and dark, width, links.
import { caniemail } from 'caniemail';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/** Gmail (web, Android, iOS), Outlook (Windows, Windows Mail), Apple Mail and Yahoo. */
export const TARGET_CLIENTS = [
  'gmail.desktop-webmail',
  'gmail.android',
  'gmail.ios',
  'outlook.windows',
  'outlook.windows-mail',
  'apple-mail.macos',
  'apple-mail.ios',
  'yahoo.desktop-webmail',
  'yahoo.ios',
  'yahoo.android',
] as const;

/**
 * Features a target client does not support that we use anyway, each with why it is harmless
 * there. Anything else unsupported fails the check. Keep this short.
 */
export const ALLOWED_UNSUPPORTED: Record<string, string> = {
  '<body> element':
    'Yahoo on phones drops <body>: it carries only the grey page colour; the white card carries the content.',
  'height property':
    'Yahoo turns height into min-height; we set only height:auto on images and max-height:0 on the hidden preheader, which Yahoo hides with display:none.',
  opacity: 'Outlook ignores opacity on the hidden preheader; display:none and max-height:0 already hide it there.',
  overflow: 'Outlook ignores overflow on the hidden preheader; display:none and max-height:0 already hide it there.',
  'target attribute': 'React Email links carry target="_blank"; Gmail and Yahoo open every link in a new tab anyway.',
  'text-decoration-line': 'Outlook ignores it, so a headline link may show underlined there: still a link.',
  outline: 'React Email sets outline:none on images; Outlook ignores it, and images are not focusable in an email.',
  'role attribute': 'Outlook for Windows Mail drops role="presentation" on layout tables; they still lay out.',
  // caniemail matches `text-transform` as `transform`; a real transform is refused separately.
  transform: 'Only text-transform (supported everywhere we send) is used; see hasCssTransform.',
  '@media': 'The one media query holds the optional dark-mode colours; Outlook for Windows shows the light design.',
  'border-radius': 'Outlook for Windows draws the button with square corners.',
  'word-break':
    'Only breaks the long copy-paste link; where ignored it runs on, and the button above carries the same link.',
};

export type Issue = { client: string; feature: string; at: string };

/** Features the target clients do not support, except the allowed ones. */
export function unsupportedFeatures(html: string): Issue[] {
  const { issues } = caniemail({ clients: [...TARGET_CLIENTS], html });
  const found = new Map<string, Issue>();
  for (const [client, list] of issues.errors) {
    for (const issue of list) {
      if (issue.title in ALLOWED_UNSUPPORTED) continue;
      const start = issue.position?.start.column ?? 0;
      found.set(`${client} ${issue.title}`, {
        client,
        feature: issue.title,
        at: html.slice(Math.max(0, start - 40), start + 60),
      });
    }
  }
  return [...found.values()];
}

export function hasCssTransform(html: string): boolean {
  return /(^|[;{"'\s])transform\s*:/i.test(html);
}

export function parse(html: string) {
  return parseDocument(html);
}

export function elements(html: string, name: string): Element[] {
  return DomUtils.getElementsByTagName(name, parse(html).children, true);
}

export function styleOf(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (el.attribs.style ?? '').split(';')) {
    const i = part.indexOf(':');
    if (i > 0) out[part.slice(0, i).trim().toLowerCase()] = part.slice(i + 1).trim();
  }
  return out;
}

// ── colours ───────────────────────────────────────────────────────────────────────────────────

function parseHex(value: string): [number, number, number] | undefined {
  const m = /#([0-9a-f]{3}|[0-9a-f]{6})\b/i.exec(value);
  if (!m) return undefined;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)!), luminance(parseHex(b)!)].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/** The dark-mode rules of the <style> block: class name → declarations (only `.x { … }` rules). */
export function darkRules(html: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  const media = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{([\s\S]*?\})\s*\}/.exec(html);
  if (!media) return rules;
  for (const m of media[1].matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const decls: Record<string, string> = {};
    for (const d of m[2].split(';')) {
      const i = d.indexOf(':');
      if (i > 0)
        decls[d.slice(0, i).trim().toLowerCase()] = d
          .slice(i + 1)
          .replace('!important', '')
          .trim();
    }
    for (const sel of m[1].split(',')) {
      const cls = /^\s*\.([\w-]+)\s*$/.exec(sel);
      if (cls) rules.set(cls[1], { ...rules.get(cls[1]), ...decls });
    }
  }
  return rules;
}

export type ColourProblem = {
  mode: 'light' | 'dark';
  text: string;
  color: string;
  background: string | null;
  ratio: number;
};

/**
 * Every piece of text, in light and in dark mode: its colour and the nearest background declared
 * behind it. Text with no declared background behind it is what vanishes when a client paints
 * its own dark page; under 4.5:1 is unreadable for many.
 */
export function colourProblems(html: string): ColourProblem[] {
  const doc = parse(html);
  const dark = darkRules(html);
  const problems: ColourProblem[] = [];
  const declared = (el: Element, mode: 'light' | 'dark', prop: 'color' | 'background') => {
    const style = styleOf(el);
    let value = prop === 'color' ? style.color : (style['background-color'] ?? style.background);
    if (mode === 'dark') {
      for (const cls of (el.attribs.class ?? '').split(/\s+/)) {
        const rule = dark.get(cls);
        const v = prop === 'color' ? rule?.color : (rule?.['background-color'] ?? rule?.background);
        if (v) value = v;
      }
    }
    return value && parseHex(value) ? value : undefined;
  };
  const body = DomUtils.getElementsByTagName('body', doc.children, true)[0];
  const walk = (el: Element, mode: 'light' | 'dark', color: string | null, background: string | null) => {
    if (styleOf(el)['display'] === 'none') return;
    const c = declared(el, mode, 'color') ?? color;
    const b = declared(el, mode, 'background') ?? background;
    const text = el.children
      .filter((n) => n.type === 'text')
      .map((n) => (n as unknown as { data: string }).data)
      .join('')
      .trim();
    if (text) {
      const ratio = c && b ? contrast(c, b) : 0;
      if (ratio < 4.5)
        problems.push({
          mode,
          text: text.slice(0, 40),
          color: c ?? '(none)',
          background: b,
          ratio: Math.round(ratio * 100) / 100,
        });
    }
    for (const child of el.children) if (child.type === 'tag') walk(child as Element, mode, c, b);
  };
  for (const mode of ['light', 'dark'] as const) walk(body, mode, null, null);
  return problems;
}

/** Widths the layout asks for, in px: every width/max-width plus that box's padding and border. */
export function widestBox(html: string): number {
  let widest = 0;
  const px = (v: string | undefined) => (v && /^\d+(\.\d+)?px$/.test(v) ? parseFloat(v) : 0);
  for (const el of DomUtils.getElementsByTagName(() => true, parse(html).children, true)) {
    const s = styleOf(el);
    const width = Math.max(px(s['max-width']), px(s.width), Number(el.attribs.width) || 0);
    if (!width) continue;
    const pads = (s.padding ?? '').split(/\s+/).map(px);
    const padX = pads.length === 1 ? pads[0] * 2 : pads.length >= 2 ? pads[1] + (pads[3] ?? pads[1]) : 0;
    const border = /(\d+)px/.exec(s.border ?? '');
    widest = Math.max(widest, width + padX + (border ? Number(border[1]) * 2 : 0));
  }
  return widest;
}
