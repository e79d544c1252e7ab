-- Drop ShortUrl table
DROP TABLE IF EXISTS "ShortUrl";
