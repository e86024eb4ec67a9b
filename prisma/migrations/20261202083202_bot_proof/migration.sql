-- CreateTable
CREATE TABLE "SpentChallenge" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NewsletterSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "isSchedulerEnabled" BOOLEAN NOT NULL DEFAULT true,
    "sendHour" INTEGER NOT NULL DEFAULT 7,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "weeklyDay" INTEGER NOT NULL DEFAULT 1,
    "maxConnections" INTEGER NOT NULL DEFAULT 5,
    "messagesPerSecond" INTEGER NOT NULL DEFAULT 50,
    "bounceLimit" INTEGER NOT NULL DEFAULT 3,
    "softBounceLimit" INTEGER NOT NULL DEFAULT 3,
    "softBounceDays" INTEGER NOT NULL DEFAULT 14,
    "blockedEmailDomains" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_NewsletterSettings" ("bounceLimit", "id", "isSchedulerEnabled", "maxConnections", "messagesPerSecond", "sendHour", "softBounceDays", "softBounceLimit", "timeZone", "updatedAt", "weeklyDay") SELECT "bounceLimit", "id", "isSchedulerEnabled", "maxConnections", "messagesPerSecond", "sendHour", "softBounceDays", "softBounceLimit", "timeZone", "updatedAt", "weeklyDay" FROM "NewsletterSettings";
DROP TABLE "NewsletterSettings";
ALTER TABLE "new_NewsletterSettings" RENAME TO "NewsletterSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SpentChallenge_expiresAt_idx" ON "SpentChallenge"("expiresAt");
