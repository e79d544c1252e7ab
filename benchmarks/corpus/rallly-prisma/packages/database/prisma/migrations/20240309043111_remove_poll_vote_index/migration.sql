-- DropIndex
DROP INDEX "votes_poll_id_idx";
