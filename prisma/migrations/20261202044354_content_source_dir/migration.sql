-- AlterTable
ALTER TABLE "Article" ADD COLUMN "sourceDir" TEXT;

-- AlterTable
ALTER TABLE "Video" ADD COLUMN "sourceDir" TEXT;
