-- AlterTable
ALTER TABLE "MailEvent" ADD COLUMN "receipt" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "MailEvent_receipt_key" ON "MailEvent"("receipt");
