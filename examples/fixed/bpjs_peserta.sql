-- examples/bpjs_peserta.sql, fixed: the same BPJS Kesehatan participant
-- register with only what membership administration needs, identifiers
-- encrypted, and purpose and retention declared where reviewers (and the
-- database catalog) see them.
--
--   schemalint check examples/fixed/bpjs_peserta.sql      # exit 0
--
-- What changed, and why:
-- * NIK and card number (noka): stored as ciphertext (application-level
--   AES-GCM, key in the KMS, never in the database) plus an HMAC-SHA256
--   keyed hash for lookups. The unique index is on the HMAC, so no index,
--   foreign key or log holds the plaintext number (ENC001, ENC002).
-- * NPWP: not needed to administer an individual's health insurance; dropped.
-- * Photo: JKN-KIS cards carry no photo; dropped.
-- * Salary: wage earners' contributions are computed from the monthly wage,
--   so it is kept, encrypted, in its own table beside the contribution, not
--   in the register every service reads.
-- * Phone and email: moved to a contact table with a shorter retention.
-- * Place of birth: not needed; dropped. Date of birth: kept and justified.
-- * Street address: replaced by the district code, which is what assigning a
--   primary-care facility needs.
-- * Number of family members: derived from anggota_keluarga; dropped.
-- * Every table declares its purpose and retention (MIN001, RET001).

-- schemalint: purpose=membership retention="P5Y after membership_ended"
CREATE TABLE peserta (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    noka_encrypted    BYTEA NOT NULL,
    noka_hmac         CHAR(64) NOT NULL UNIQUE,
    nik_encrypted     BYTEA NOT NULL,
    nik_hmac          CHAR(64) NOT NULL UNIQUE,
    nama              VARCHAR(100) NOT NULL,
    -- schemalint: ignore[MIN006] -- eligibility of newborns and age-based contribution classes are computed in days
    tanggal_lahir     DATE NOT NULL,
    jenis_kelamin     CHAR(1),
    kode_kecamatan    CHAR(7) NOT NULL,     -- Kemendagri district code
    kode_kantor       VARCHAR(8) NOT NULL,
    status_pembayaran VARCHAR(20) NOT NULL
);
COMMENT ON COLUMN peserta.noka_encrypted IS 'Nomor kartu BPJS. schemalint: encrypted=app-aes-gcm';
COMMENT ON COLUMN peserta.nik_encrypted IS 'NIK peserta. schemalint: encrypted=app-aes-gcm';
COMMENT ON COLUMN peserta.noka_hmac IS 'HMAC-SHA256(noka), key in the KMS. schemalint: encrypted=hmac-sha256';
COMMENT ON COLUMN peserta.nik_hmac IS 'HMAC-SHA256(nik), key in the KMS. schemalint: encrypted=hmac-sha256';

-- Contact data: needed while the membership is active, then deleted first.
-- schemalint: purpose=membership retention="P1Y after membership_ended"
CREATE TABLE peserta_kontak (
    peserta_id  BIGINT PRIMARY KEY REFERENCES peserta (id),
    no_hp       VARCHAR(20),
    email       VARCHAR(100)
);

-- Wage earners (PPU): the contribution is a share of the monthly wage.
-- schemalint: purpose=membership retention="P10Y after contribution_period"
CREATE TABLE iuran_ppu (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    peserta_id      BIGINT NOT NULL REFERENCES peserta (id),
    periode         DATE NOT NULL,
    gaji_encrypted  BYTEA NOT NULL,
    iuran           NUMERIC(14, 2) NOT NULL
);
COMMENT ON COLUMN iuran_ppu.gaji_encrypted IS 'Upah bulanan. schemalint: encrypted=app-aes-gcm';

-- schemalint: purpose=membership retention="P5Y after membership_ended"
CREATE TABLE anggota_keluarga (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    peserta_id     BIGINT NOT NULL REFERENCES peserta (id),
    nik_encrypted  BYTEA NOT NULL,
    nik_hmac       CHAR(64) NOT NULL,
    nama           VARCHAR(100) NOT NULL,
    hubungan       VARCHAR(20) NOT NULL,
    -- schemalint: ignore[MIN006] -- newborn dependants are covered from their date of birth
    tanggal_lahir  DATE NOT NULL
);
COMMENT ON COLUMN anggota_keluarga.nik_encrypted IS 'NIK anggota keluarga. schemalint: encrypted=app-aes-gcm';
COMMENT ON COLUMN anggota_keluarga.nik_hmac IS 'HMAC-SHA256(nik). schemalint: encrypted=hmac-sha256';
