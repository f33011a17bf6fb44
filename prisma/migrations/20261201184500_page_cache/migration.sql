-- A signed-in page's HTML as rendered at a figures' generation, for one user (docs/decisions/0016):
-- served again, with a fresh CSP nonce in place of the one it was rendered with, while the
-- generation holds. Keys name the user, so an entry is only ever served to the user it was made for.
CREATE TABLE "PageCache" (
    "key" TEXT NOT NULL,
    "generation" BIGINT NOT NULL,
    "html" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PageCache_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "PageCache_computedAt_idx" ON "PageCache"("computedAt");
