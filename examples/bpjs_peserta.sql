-- The record offered for sale in the 2021 BPJS Kesehatan leak (about 279
-- million Indonesians) as a PostgreSQL schema: every field of the leaked
-- record in one plaintext participant table, with no purpose and no
-- retention, and the family/dependant data beside it.
--   schemalint check examples/bpjs_peserta.sql
-- reports ENC001 (NIK, NPWP, card number, photo, salary in plaintext), RET001
-- (no retention), MIN001 (no purpose) and MIN003 (a complete identity in every
-- row), among others.  examples/fixed/bpjs_peserta.sql is the register fixed.

CREATE TABLE peserta (
  id                      BIGSERIAL PRIMARY KEY,
  nik                     CHAR(16) NOT NULL,       -- Nomor Induk Kependudukan
  noka                    VARCHAR(13) NOT NULL UNIQUE,  -- nomor kartu BPJS
  nama                    VARCHAR(100) NOT NULL,
  tempat_lahir            VARCHAR(50),
  tanggal_lahir           DATE,
  jenis_kelamin           CHAR(1),
  alamat                  TEXT,
  no_hp                   VARCHAR(20),
  email                   VARCHAR(100),
  npwp                    VARCHAR(20),
  foto                    BYTEA,
  jumlah_anggota_keluarga SMALLINT,
  gaji                    NUMERIC(14, 2),
  kode_kantor             VARCHAR(8),
  status_pembayaran       VARCHAR(20)
);

-- Family members and dependants (data keluarga/tanggungan)
CREATE TABLE anggota_keluarga (
  id             BIGSERIAL PRIMARY KEY,
  peserta_id     BIGINT NOT NULL REFERENCES peserta (id),
  nik            CHAR(16),
  nama           VARCHAR(100),
  hubungan       VARCHAR(20),
  tanggal_lahir  DATE
);
