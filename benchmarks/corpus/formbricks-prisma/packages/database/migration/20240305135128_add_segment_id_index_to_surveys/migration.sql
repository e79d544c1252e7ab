-- CreateIndex
CREATE INDEX "Survey_segmentId_idx" ON "Survey"("segmentId");
