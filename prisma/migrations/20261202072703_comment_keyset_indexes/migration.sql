-- CreateIndex
CREATE INDEX "Comment_articleId_parentId_status_createdAt_id_idx" ON "Comment"("articleId", "parentId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Comment_articleId_parentId_status_recommendCount_createdAt_id_idx" ON "Comment"("articleId", "parentId", "status", "recommendCount", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Comment_parentId_status_createdAt_id_idx" ON "Comment"("parentId", "status", "createdAt", "id");
