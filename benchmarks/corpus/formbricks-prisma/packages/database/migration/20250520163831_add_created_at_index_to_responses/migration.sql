-- CreateIndex
CREATE INDEX "Response_created_at_idx" ON "Response"("created_at");
