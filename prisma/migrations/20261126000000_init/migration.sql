-- CreateTable
CREATE TABLE "Section" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Topic" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL,
    "sectionSlug" TEXT NOT NULL,
    "byline" TEXT,
    "source" TEXT,
    "publishedAt" DATETIME NOT NULL,
    "updatedAt" DATETIME,
    "body" TEXT NOT NULL,
    "plainText" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "heroSrc" TEXT NOT NULL,
    "heroAlt" TEXT NOT NULL,
    "heroCaption" TEXT NOT NULL,
    "heroCredit" TEXT NOT NULL,
    "heroWidth" INTEGER NOT NULL,
    "heroHeight" INTEGER NOT NULL,
    "commentsOpen" BOOLEAN NOT NULL DEFAULT true,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "sourcePath" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Article_sectionSlug_fkey" FOREIGN KEY ("sectionSlug") REFERENCES "Section" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleTopic" (
    "articleId" TEXT NOT NULL,
    "topicSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("articleId", "topicSlug"),
    CONSTRAINT "ArticleTopic_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleTopic_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RelatedArticle" (
    "articleId" TEXT NOT NULL,
    "relatedId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" REAL NOT NULL,

    PRIMARY KEY ("articleId", "relatedId"),
    CONSTRAINT "RelatedArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelatedArticle_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleViewHour" (
    "articleId" TEXT NOT NULL,
    "hour" DATETIME NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("articleId", "hour"),
    CONSTRAINT "ArticleViewHour_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Video" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "durationSec" INTEGER NOT NULL,
    "posterSrc" TEXT NOT NULL,
    "posterAlt" TEXT NOT NULL,
    "posterCaption" TEXT NOT NULL,
    "posterCredit" TEXT NOT NULL,
    "posterWidth" INTEGER NOT NULL,
    "posterHeight" INTEGER NOT NULL,
    "src" TEXT,
    "body" TEXT NOT NULL,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "sourcePath" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "VideoTopic" (
    "videoId" TEXT NOT NULL,
    "topicSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("videoId", "topicSlug"),
    CONSTRAINT "VideoTopic_videoId_fkey" FOREIGN KEY ("videoId") REFERENCES "Video" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VideoTopic_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediaAsset" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE INDEX "Article_isPublished_publishedAt_idx" ON "Article"("isPublished", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_sectionSlug_isPublished_publishedAt_idx" ON "Article"("sectionSlug", "isPublished", "publishedAt");

-- CreateIndex
CREATE INDEX "ArticleTopic_topicSlug_idx" ON "ArticleTopic"("topicSlug");

-- CreateIndex
CREATE INDEX "RelatedArticle_articleId_rank_idx" ON "RelatedArticle"("articleId", "rank");

-- CreateIndex
CREATE INDEX "ArticleViewHour_hour_idx" ON "ArticleViewHour"("hour");

-- CreateIndex
CREATE UNIQUE INDEX "Video_slug_key" ON "Video"("slug");

-- CreateIndex
CREATE INDEX "Video_isPublished_publishedAt_idx" ON "Video"("isPublished", "publishedAt");

-- CreateIndex
CREATE INDEX "VideoTopic_topicSlug_idx" ON "VideoTopic"("topicSlug");


-- Full-text search (not expressible in schema.prisma): one row per published article,
-- maintained by the content importer. Porter stemming, diacritics folded.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    "articleId" UNINDEXED,
    "title",
    "standfirst",
    "body",
    tokenize = 'porter unicode61 remove_diacritics 2'
);
