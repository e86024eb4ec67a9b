import { getMediaAsset } from '@/lib/content/get-media-asset';

// Names carry a content hash, so a response never changes and may be cached forever.
const NAME = /^[0-9a-f]{16}-\d+x\d+\.(jpg|png|webp|gif|avif|svg)$/;

export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  if (!NAME.test(name)) return new Response('Not found', { status: 404 });
  const asset = await getMediaAsset(name);
  if (!asset) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(asset.bytes), {
    headers: {
      'content-type': asset.mimeType,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      // An SVG opened on its own must not be able to run anything.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
