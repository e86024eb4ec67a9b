// The fields of a message/delivery-status part (RFC 3464 section 2): one block of per-message
// fields, then one block per recipient, separated by blank lines, each field `Name: value` with
// folded continuation lines. No maintained npm package parses these (the few that exist are
// unmaintained bounce "classifiers" built on guesswork over free text), and the grammar is a
// header block, so it is read here in a few lines (docs/0016).

export type RecipientStatus = {
  /** The address from Final-Recipient (or Original-Recipient), `rfc822;` type removed. */
  recipient: string | null;
  /** failed | delayed | delivered | relayed | expanded */
  action: string;
  /** RFC 3463 status, e.g. 5.1.1 */
  status: string | null;
  diagnostic: string | null;
};

/** Header-style fields of one block, names lower-cased; repeated names keep the first. */
export function parseFieldBlock(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      fields.set(last, `${fields.get(last)} ${line.trim()}`);
      continue;
    }
    const match = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (!match) continue;
    last = match[1]!.toLowerCase();
    if (!fields.has(last)) fields.set(last, match[2]!.trim());
    else last = null;
  }
  return fields;
}

/** `rfc822; reader@example.org` → `reader@example.org` (angle brackets removed). */
export function addressField(value: string | undefined): string | null {
  if (!value) return null;
  const address = value
    .replace(/^[^;]*;/, '')
    .trim()
    .replace(/^<|>$/g, '');
  return /^[^\s@]+@[^\s@]+$/.test(address) ? address : null;
}

export function parseDeliveryStatus(text: string): RecipientStatus[] {
  const blocks = text.split(/\r?\n[ \t]*\r?\n/).filter((b) => b.trim() !== '');
  // The first block is about the message (Reporting-MTA…); recipients follow.
  return blocks.slice(1).flatMap((block) => {
    const fields = parseFieldBlock(block);
    const action = fields.get('action')?.toLowerCase().split(/[\s(]/)[0];
    if (!action) return [];
    const status = /^([245])\.\d{1,3}\.\d{1,3}/.exec(fields.get('status') ?? '')?.[0] ?? null;
    return [
      {
        recipient: addressField(fields.get('final-recipient')) ?? addressField(fields.get('original-recipient')),
        action,
        status,
        diagnostic:
          fields
            .get('diagnostic-code')
            ?.replace(/^[^;]*;\s*/, '')
            .slice(0, 500) ?? null,
      },
    ];
  });
}
