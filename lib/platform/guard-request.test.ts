import type { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { identifyClient, MAX_API_BODY_BYTES, MAX_FORM_BODY_BYTES, refuseRequest } from './guard-request';

function request(
  url: string,
  method = 'GET',
  headers: Record<string, string> = {},
  remoteAddress = '127.0.0.1',
): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: remoteAddress });
  return { url, method, headers: { ...headers }, socket } as unknown as IncomingMessage;
}

describe('refuseRequest', () => {
  it('refuses a broken percent-escape in the path with 400, and lets good ones through', () => {
    for (const url of ['/articles/%ZZ', '/sections/%', '/media/%E0%A4%A', '/a/%C0'])
      expect(refuseRequest(request(url))?.status, url).toBe(400);
    for (const url of ['/articles/caf%C3%A9', '/search?q=%ZZ', '/'])
      expect(refuseRequest(request(url)), url).toBeNull();
  });

  it('refuses bodies over the limit of their kind with 413, and chunked bodies with 411', () => {
    const post = (url: string, length: number) => request(url, 'POST', { 'content-length': String(length) });
    expect(refuseRequest(post('/api/views', MAX_API_BODY_BYTES))).toBeNull();
    expect(refuseRequest(post('/api/views', MAX_API_BODY_BYTES + 1))?.status).toBe(413);
    expect(refuseRequest(post('/newsletter/unsubscribe?token=x', MAX_API_BODY_BYTES + 1))?.status).toBe(413);
    expect(refuseRequest(post('/articles/x/comments', MAX_API_BODY_BYTES + 1))).toBeNull();
    expect(refuseRequest(post('/articles/x/comments', MAX_FORM_BODY_BYTES + 1))?.status).toBe(413);
    expect(refuseRequest(request('/api/views', 'POST', { 'transfer-encoding': 'chunked' }))?.status).toBe(411);
    expect(refuseRequest(request('/api/views', 'POST', { 'content-length': '12abc' }))?.status).toBe(400);
  });
});

describe('identifyClient', () => {
  it('overwrites whatever identity headers the client sent', () => {
    const req = request(
      '/',
      'GET',
      { 'x-dispatch-client-ip': '1.2.3.4', 'x-dispatch-loopback': '1', 'x-forwarded-for': '1.2.3.4' },
      '198.51.100.4',
    );
    identifyClient(req, 0);
    expect(req.headers['x-dispatch-client-ip']).toBe('198.51.100.4');
    expect(req.headers['x-dispatch-loopback']).toBeUndefined();
  });

  it('marks a loopback client as local only when no proxy header is present', () => {
    const direct = request('/', 'GET', {}, '127.0.0.1');
    identifyClient(direct, 0);
    expect(direct.headers['x-dispatch-loopback']).toBe('1');
    const proxied = request('/', 'GET', { 'x-forwarded-for': '203.0.113.5' }, '127.0.0.1');
    identifyClient(proxied, 1);
    expect(proxied.headers['x-dispatch-loopback']).toBeUndefined();
    expect(proxied.headers['x-dispatch-client-ip']).toBe('203.0.113.5');
  });
});
