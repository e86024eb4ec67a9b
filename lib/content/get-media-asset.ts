import 'server-only';
import { db } from '../db';

/** An imported image's bytes and type by its content-hashed name. */
export function getMediaAsset(name: string) {
  return db.mediaAsset.findUnique({ where: { name }, select: { mimeType: true, bytes: true } });
}
