-- CreateTable
CREATE TABLE "CommentNotificationSettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "replies" TEXT NOT NULL DEFAULT 'immediate',
    "approvals" BOOLEAN NOT NULL DEFAULT true,
    "reportAlerts" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CommentNotificationSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommentNotification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "delivery" TEXT NOT NULL DEFAULT 'immediate',
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimToken" TEXT,
    "claimedAt" DATETIME,
    "smtpResponse" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommentNotification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommentNotification_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ModerationSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "mode" TEXT NOT NULL DEFAULT 'post',
    "bannedWords" TEXT NOT NULL DEFAULT '',
    "suspectWords" TEXT NOT NULL DEFAULT '',
    "linkHoldMinApproved" INTEGER NOT NULL DEFAULT 3,
    "newCommenterHoldCount" INTEGER NOT NULL DEFAULT 1,
    "reportHoldThreshold" INTEGER NOT NULL DEFAULT 3,
    "commentWindowDays" INTEGER NOT NULL DEFAULT 14,
    "postsPer15Seconds" INTEGER NOT NULL DEFAULT 1,
    "postsPerHour" INTEGER NOT NULL DEFAULT 30,
    "reportAlertThreshold" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ModerationSettings" ("bannedWords", "commentWindowDays", "id", "linkHoldMinApproved", "mode", "newCommenterHoldCount", "postsPer15Seconds", "postsPerHour", "reportHoldThreshold", "suspectWords", "updatedAt") SELECT "bannedWords", "commentWindowDays", "id", "linkHoldMinApproved", "mode", "newCommenterHoldCount", "postsPer15Seconds", "postsPerHour", "reportHoldThreshold", "suspectWords", "updatedAt" FROM "ModerationSettings";
DROP TABLE "ModerationSettings";
ALTER TABLE "new_ModerationSettings" RENAME TO "ModerationSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CommentNotification_status_nextAttemptAt_idx" ON "CommentNotification"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "CommentNotification_recipientId_idx" ON "CommentNotification"("recipientId");

-- CreateIndex
CREATE INDEX "CommentNotification_commentId_idx" ON "CommentNotification"("commentId");

-- CreateIndex
CREATE INDEX "CommentNotification_claimToken_idx" ON "CommentNotification"("claimToken");

-- CreateIndex
CREATE UNIQUE INDEX "CommentNotification_kind_recipientId_commentId_key" ON "CommentNotification"("kind", "recipientId", "commentId");
