import path from 'node:path';
import type { ImportResult, UnpublishPlan } from '../../lib/content/import-content';

export function printImportResult(dir: string, r: ImportResult): void {
  const fmt = (c: ImportResult['articles']) =>
    `${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.unpublished} unpublished`;
  console.log(
    `Imported ${dir}: articles ${fmt(r.articles)}; videos ${fmt(r.videos)}; related lists updated: ${r.relatedUpdated}.`,
  );
  if (r.errors.length === 0) return;
  console.error(`\n${r.errors.length} problem(s); these files were not imported:`);
  for (const e of r.errors) console.error(`  ${path.relative(process.cwd(), e.file)}: ${e.field}: ${e.message}`);
}

/** Printed before anything is unpublished, so the list is on screen even if the run dies. */
export function printUnpublishPlan(plan: UnpublishPlan): void {
  const why = plan.isPrune ? `not in ${plan.folder} (--prune)` : `whose files are gone from ${plan.folder}`;
  console.log(`Unpublishing ${plan.articles.length} article(s) and ${plan.videos.length} video(s) ${why}:`);
  for (const a of plan.articles) console.log(`  article ${a.slug} (${a.sourcePath})`);
  for (const v of plan.videos) console.log(`  video ${v.slug} (${v.sourcePath})`);
}
