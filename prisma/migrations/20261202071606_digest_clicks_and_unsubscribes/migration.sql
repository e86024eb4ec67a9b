-- CreateTable
CREATE TABLE "DigestClick" (
    "digestId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("digestId", "articleId"),
    CONSTRAINT "DigestClick_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "Digest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DigestClick_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Digest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "frequency" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "subject" TEXT NOT NULL,
    "articleIds" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'sending',
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "unsubscribes" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);
INSERT INTO "new_Digest" ("articleIds", "finishedAt", "frequency", "id", "periodEnd", "periodStart", "recipients", "slot", "startedAt", "status", "subject") SELECT "articleIds", "finishedAt", "frequency", "id", "periodEnd", "periodStart", "recipients", "slot", "startedAt", "status", "subject" FROM "Digest";
DROP TABLE "Digest";
ALTER TABLE "new_Digest" RENAME TO "Digest";
CREATE INDEX "Digest_frequency_periodEnd_idx" ON "Digest"("frequency", "periodEnd");
CREATE UNIQUE INDEX "Digest_frequency_slot_key" ON "Digest"("frequency", "slot");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DigestClick_articleId_idx" ON "DigestClick"("articleId");
