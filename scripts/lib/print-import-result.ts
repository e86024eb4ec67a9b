import path from 'node:path';
import type { ImportResult } from '../../lib/content/import-content';

export function printImportResult(dir: string, r: ImportResult): void {
  const fmt = (c: ImportResult['articles']) => `${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.unpublished} unpublished`;
  console.log(`Imported ${dir}: articles ${fmt(r.articles)}; videos ${fmt(r.videos)}; related lists updated: ${r.relatedUpdated}.`);
  if (r.errors.length === 0) return;
  console.error(`\n${r.errors.length} problem(s); these files were not imported:`);
  for (const e of r.errors) console.error(`  ${path.relative(process.cwd(), e.file)}: ${e.field}: ${e.message}`);
}
