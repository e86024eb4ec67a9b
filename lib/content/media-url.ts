// Media URLs carry their pixel size (/media/<hash>-<w>x<h>.<ext>), so pages can reserve the
// space for an image without looking it up.
export function mediaUrl(name: string): string {
  return `/media/${name}`;
}

export function parseMediaUrl(url: string): { width: number; height: number } | undefined {
  const m = /^\/media\/[0-9a-f]{16}-(\d+)x(\d+)\.[a-z]+$/.exec(url);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : undefined;
}
