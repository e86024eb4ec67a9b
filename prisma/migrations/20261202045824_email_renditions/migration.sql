-- AlterTable
ALTER TABLE "MediaAsset" ADD COLUMN "sourceName" TEXT;

-- CreateIndex
CREATE INDEX "MediaAsset_sourceName_idx" ON "MediaAsset"("sourceName");
