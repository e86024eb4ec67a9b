// Writes tests/fixtures/hostile-input.json: our own corpus of hostile and awkward input, built
// from hand-written payloads and the ways attackers wrap them. Run once; the file is committed.
import fs from 'node:fs';

const payloads = [
  // script injection and HTML breaking
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<body onload=alert(1)>',
  '"><script>alert(document.cookie)</script>',
  "'><img src=x onerror=alert(2)>",
  '</textarea><script>alert(3)</script>',
  '</title><script>alert(4)</script>',
  '<a href="javascript:alert(5)">click</a>',
  '<math><mtext></mtext><script>alert(6)</script></math>',
  '<details open ontoggle=alert(7)>',
  '<input autofocus onfocus=alert(8)>',
  '<video><source onerror="alert(9)">',
  '<style>*{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<object data="data:text/html,<script>alert(10)</script>">',
  '<form action=https://evil.example><button>go</button></form>',
  // attribute and template breaking
  '" onmouseover="alert(11)',
  "' autofocus onfocus='alert(12)",
  '`${alert(13)}`',
  '{{constructor.constructor("alert(14)")()}}',
  '${7*7}',
  '#{7*7}',
  '<%= 7*7 %>',
  '{{7*7}}',
  // URL schemes
  'javascript:alert(15)',
  'JaVaScRiPt:alert(16)',
  'java\tscript:alert(17)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxOCk8L3NjcmlwdD4=',
  'vbscript:msgbox(19)',
  'https://evil.example/"><script>alert(20)</script>',
  // SQL and search-engine fragments
  "' OR '1'='1",
  '\'; DROP TABLE "Comment"; --',
  '" OR 1=1 --',
  '1; SELECT * FROM "User"',
  "admin'--",
  'UNION SELECT email FROM "User"',
  'NEAR(a b)',
  'title:secret',
  '"unclosed quote',
  '* OR *',
  'a AND NOT b',
  '(((((',
  '%_%',
  '\\',
  '\\\' \\"',
  // Markdown and formatting
  '**bold** _it_ [x](javascript:alert(21))',
  '![img](https://evil.example/x.png)',
  '# Heading',
  '```\ncode\n```',
  '> quote',
  '<!-- comment -->',
  // Unicode tricks
  'right\u202Eleft override',
  'zero\u200Bwidth\u200Cjoin\u200D',
  '\uFEFFbyte order mark',
  'combining c\u0327\u0301\u0308\u0304',
  'Z̷̢̛a̸̧͝l̵̨̛g̴̡͘o̶̢̕',
  'emoji 😀🎉👍🏽 family 👨‍👩‍👧‍👦',
  '\u0000NUL byte',
  'bell\u0007and backspace\u0008',
  'tab\tand\rcarriage',
  'line\u2028separator\u2029paragraph',
  'ＦＵＬＬＷＩＤＴＨ text',
  'ℌ𝔢𝔩𝔩𝔬 math letters',
  'RTL عربي mixed',
  'עברית with LTR',
  'दशमलव hindi',
  '中文评论',
  '𝓈𝒸𝓇𝒾𝓅𝓉',
  'ﬁ ligature',
  // innocent words that contain rude ones, and names
  'Scunthorpe United',
  'a classic assessment',
  'Sussex and Essex',
  'cocktail hour',
  'the assassin’s passage',
  'Penistone Road',
  'Dick Van Dyke',
  'therapist',
  "O'Brien-Smith",
  'Zoë',
  'Nguyễn',
  'Robert"); DROP TABLE Students;--',
  // length and repetition
  'a',
  '  ',
  'x'.repeat(300),
  'ab '.repeat(700),
  'A'.repeat(5001),
  '\n\n\n\n\nlots of blank lines\n\n\n\n',
  'word '.repeat(1200),
];

const wrappers: ((p: string) => string)[] = [
  (p) => p,
  (p) => `I think ${p} is interesting`,
  (p) => `${p}\n\nSecond paragraph.`,
  (p) => `Look: ${p} ${p}`,
  (p) => p.toUpperCase(),
];

const corpus = new Set<string>();
for (const w of wrappers) for (const p of payloads) corpus.add(w(p));
const entries = [...corpus];
fs.writeFileSync(
  'tests/fixtures/hostile-input.json',
  JSON.stringify(
    {
      about: 'Hostile and awkward input for tests; written for Dispatch.',
      // The first `payloads` entries are the payloads as written; the rest wrap them in text.
      payloads: payloads.length,
      entries,
    },
    null,
    1,
  ) + '\n',
);
console.log(`${entries.length} entries`);
