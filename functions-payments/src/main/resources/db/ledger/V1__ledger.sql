-- The payments ledger: a double-entry journal. Written in the SQL that Azure SQL Database (T-SQL) and SQLite
-- both run unchanged: plain types, named constraints, no identity columns and no engine functions.
-- created_at is an ISO-8601 UTC instant as text: the engines share no date-time type.
-- That the postings of each entry sum to zero per currency spans rows, which no portable CHECK can say: the
-- application refuses an unbalanced entry, and a test sums every entry.

CREATE TABLE journal_entries (
    entry_id        VARCHAR(36)  NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    payment_id      VARCHAR(64)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    created_at      VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_journal_entries PRIMARY KEY (entry_id),
    CONSTRAINT uq_journal_entries_idempotency_key UNIQUE (idempotency_key)
);

CREATE INDEX ix_journal_entries_payment_id ON journal_entries (payment_id);

CREATE TABLE postings (
    entry_id     VARCHAR(36) NOT NULL,
    line_no      INT         NOT NULL,
    account      VARCHAR(64) NOT NULL,
    amount_minor BIGINT      NOT NULL,
    currency     CHAR(3)     NOT NULL,
    CONSTRAINT pk_postings PRIMARY KEY (entry_id, line_no),
    CONSTRAINT fk_postings_journal_entries FOREIGN KEY (entry_id) REFERENCES journal_entries (entry_id),
    CONSTRAINT ck_postings_amount_minor_not_zero CHECK (amount_minor <> 0)
);
