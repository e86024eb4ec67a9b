-- AlterTable
ALTER TABLE "DigestDelivery" ADD COLUMN "bouncedAt" DATETIME;
ALTER TABLE "DigestDelivery" ADD COLUMN "complainedAt" DATETIME;

-- CreateTable
CREATE TABLE "Suppression" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "emailKey" TEXT NOT NULL,
    "email" TEXT,
    "reason" TEXT NOT NULL,
    "detail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "MailEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "emailKey" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT,
    "detail" TEXT,
    "deliveryId" TEXT,
    "actorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "WebhookReceipt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_NewsletterSettings" ("bounceLimit", "id", "isSchedulerEnabled", "maxConnections", "messagesPerSecond", "sendHour", "timeZone", "updatedAt", "weeklyDay") SELECT "bounceLimit", "id", "isSchedulerEnabled", "maxConnections", "messagesPerSecond", "sendHour", "timeZone", "updatedAt", "weeklyDay" FROM "NewsletterSettings";
DROP TABLE "NewsletterSettings";
ALTER TABLE "new_NewsletterSettings" RENAME TO "NewsletterSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Suppression_emailKey_key" ON "Suppression"("emailKey");

-- CreateIndex
CREATE INDEX "Suppression_createdAt_idx" ON "Suppression"("createdAt");

-- CreateIndex
CREATE INDEX "MailEvent_emailKey_kind_createdAt_idx" ON "MailEvent"("emailKey", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "MailEvent_createdAt_idx" ON "MailEvent"("createdAt");

-- CreateIndex
CREATE INDEX "WebhookReceipt_createdAt_idx" ON "WebhookReceipt"("createdAt");
