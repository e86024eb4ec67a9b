-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "approvedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Comment_articleId_status_approvedAt_idx" ON "Comment"("articleId", "status", "approvedAt");

-- Comments public before this column: the time they became public, as the "new comments" query
-- read it until now (a moderator's last decision, else when posted).
UPDATE "Comment" SET "approvedAt" = COALESCE("moderatedAt", "createdAt") WHERE "status" = 'approved';
