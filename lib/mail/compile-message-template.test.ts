import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { compileMessageTemplate } from './compile-message-template';

const UNSUB = 'https://placeholder.invalid/unsubscribe';
const PREFS = 'https://placeholder.invalid/preferences';

// Long lines, non-ASCII in every position, a placeholder at the very start and end, and text
// that looks like quoted-printable: everything the encoder and the splice could get wrong.
const filler = 'Ünïcödé naïve café — 東京 ☂ = 3D =20 '.repeat(12);
const html = `<a href="${UNSUB}">${filler}</a><p style="color:#123">${'x'.repeat(300)}</p><a href="${PREFS}">Préférences</a> ${UNSUB}`;
const text = `${PREFS} first\n${filler}\ntrailing space \nUnsubscribe: ${UNSUB}\n${'y'.repeat(200)}${UNSUB}`;

function reader(n: number) {
  const token = `${n}`.repeat(40) + '.abc-_DEF';
  return {
    to: `reader${n}@example.test`,
    messageId: `id-${n}@dispatch.test`,
    date: new Date(Date.UTC(2026, 11, 2, 7, n)),
    headers: { 'List-Unsubscribe': `<https://news.example.test/newsletter/unsubscribe?token=${token}>` },
    body: {
      [UNSUB]: `https://news.example.test/newsletter/unsubscribe?token=${token}`,
      [PREFS]: `https://news.example.test/newsletter/preferences?token=${token}&x=1`,
    },
  };
}

const fill = (s: string, r: ReturnType<typeof reader>, isHtml: boolean) =>
  s.replaceAll(UNSUB, r.body[UNSUB]!).replaceAll(PREFS, isHtml ? r.body[PREFS]!.replace('&', '&amp;') : r.body[PREFS]!);

describe('compileMessageTemplate', () => {
  it("gives each reader a message that parses to exactly the rendered parts with only that reader's values", async () => {
    const template = await compileMessageTemplate({
      from: 'Dispatch <news@dispatch.test>',
      subject: 'Le résumé du jour — 今日',
      html,
      text,
      headers: { 'List-Id': 'Dispatch daily digest <daily.newsletter.news.example.test>' },
      bodySlots: [UNSUB, PREFS],
      headerSlots: ['List-Unsubscribe'],
    });
    for (const [mine, other] of [
      [reader(1), reader(2)],
      [reader(2), reader(1)],
    ] as const) {
      const raw = template.fill(mine);
      // Every line within SMTP's and quoted-printable's limits.
      const lines = raw.toString('latin1').split('\r\n');
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(998);
      const body = raw.toString('latin1').split('\r\n\r\n').slice(1).join('\r\n\r\n');
      expect(Math.max(...body.split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(76);
      expect(raw.toString('latin1')).not.toMatch(/slot[0-9a-f]{12}n/);

      const parsed = await simpleParser(raw);
      expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toBe(mine.to);
      expect(parsed.messageId).toBe(`<${mine.messageId}>`);
      expect(parsed.date?.toISOString()).toBe(mine.date.toISOString());
      expect(parsed.subject).toBe('Le résumé du jour — 今日');
      expect(parsed.headers.get('list')).toMatchObject({ unsubscribe: { url: mine.body[UNSUB] } });
      expect(parsed.html).toBe(fill(html, mine, true));
      expect(parsed.text).toBe(fill(text, mine, false));
      const whole = `${parsed.html as string}${parsed.text}${JSON.stringify([...parsed.headers])}`;
      expect(whole).not.toContain(other.body[UNSUB]);
      expect(whole).not.toContain(other.to);
    }
  });
});
