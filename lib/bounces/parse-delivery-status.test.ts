import { describe, expect, it } from 'vitest';
import { addressField, parseDeliveryStatus, parseFieldBlock } from './parse-delivery-status';

describe('parseDeliveryStatus', () => {
  it('reads each recipient block after the per-message block, with folded lines', () => {
    const text = [
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; one@example.org',
      'Action: failed',
      'Status: 5.1.1 (mailbox unknown)',
      'Diagnostic-Code: smtp; 550 5.1.1 no such',
      '  mailbox here',
      '',
      'Original-Recipient: rfc822;<two@example.org>',
      'Action: Delayed',
      'Status: 4.4.7',
    ].join('\r\n');
    expect(parseDeliveryStatus(text)).toEqual([
      { recipient: 'one@example.org', action: 'failed', status: '5.1.1', diagnostic: '550 5.1.1 no such mailbox here' },
      { recipient: 'two@example.org', action: 'delayed', status: '4.4.7', diagnostic: null },
    ]);
  });

  it('ignores a block without an Action and a status that is not one', () => {
    expect(parseDeliveryStatus('Reporting-MTA: dns; x\n\nFinal-Recipient: rfc822; a@b.c\n')).toEqual([]);
    expect(parseDeliveryStatus('R: x\n\nAction: failed\nStatus: soon')).toEqual([
      { recipient: null, action: 'failed', status: null, diagnostic: null },
    ]);
  });

  it('keeps the first of a repeated field and refuses non-addresses', () => {
    expect(parseFieldBlock('Action: failed\nAction: delivered').get('action')).toBe('failed');
    expect(addressField('rfc822; not an address')).toBeNull();
    expect(addressField('x400; <c=gb;o=x>')).toBeNull();
  });
});
