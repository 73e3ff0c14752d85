-- wirecoder store, schema version 1: articles and the records coded from them.
-- Dates are ISO strings (VARCHAR), not DATE, because record dates keep the text's
-- precision ("2025-08" as well as "2025-08-14"); ISO strings sort in date order.

CREATE TABLE schema_version (
    version    INTEGER NOT NULL,
    applied_at TIMESTAMP NOT NULL
);

CREATE TABLE articles (
    id            VARCHAR PRIMARY KEY,
    title         VARCHAR,
    date          VARCHAR,
    url           VARCHAR,
    source        VARCHAR,
    text          VARCHAR NOT NULL,
    text_hash     VARCHAR NOT NULL,
    coder_version VARCHAR,
    ingested_at   TIMESTAMP NOT NULL
);

CREATE TABLE events (
    id                  VARCHAR PRIMARY KEY,
    article_id          VARCHAR NOT NULL,
    sentence            INTEGER,
    evidence_start      INTEGER,
    evidence_end        INTEGER,
    evidence_text       VARCHAR,
    event_type          VARCHAR NOT NULL,
    mode                VARCHAR,
    context             VARCHAR[],
    source_text         VARCHAR,
    source_name         VARCHAR,
    source_actor_id     VARCHAR,
    source_country      VARCHAR,
    source_sector       VARCHAR,
    source_role         VARCHAR,
    recipient_text      VARCHAR,
    recipient_name      VARCHAR,
    recipient_actor_id  VARCHAR,
    recipient_country   VARCHAR,
    recipient_sector    VARCHAR,
    recipient_role      VARCHAR,
    attributed_text     VARCHAR,
    attributed_name     VARCHAR,
    attributed_actor_id VARCHAR,
    attributed_country  VARCHAR,
    attributed_sector   VARCHAR,
    attributed_role     VARCHAR,
    issue               VARCHAR,
    condition           VARCHAR,
    date                VARCHAR,
    location_name       VARCHAR,
    location_country    VARCHAR,
    location_lat        DOUBLE,
    location_lon        DOUBLE,
    cameo               VARCHAR,
    confidence          DOUBLE,
    trigger             VARCHAR,
    record              JSON NOT NULL
);

-- One row per actor seen in any record; `key` is the actor_id, or name|country when
-- the resolver found no id.
CREATE TABLE actors (
    key      VARCHAR PRIMARY KEY,
    actor_id VARCHAR,
    name     VARCHAR NOT NULL,
    country  VARCHAR,
    sector   VARCHAR,
    role     VARCHAR
);

-- Per-article stance observations; corpus-level stances are computed at read time.
CREATE TABLE stances (
    id             VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    actor_text     VARCHAR,
    actor_name     VARCHAR NOT NULL,
    actor_actor_id VARCHAR,
    actor_country  VARCHAR,
    actor_sector   VARCHAR,
    actor_role     VARCHAR,
    issue          VARCHAR NOT NULL,
    polarity       VARCHAR NOT NULL,
    conditions     VARCHAR[],
    evidence       JSON,
    date           VARCHAR,
    record         JSON NOT NULL
);

CREATE TABLE commitments (
    id                VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    giver_text        VARCHAR,
    giver_name        VARCHAR NOT NULL,
    giver_actor_id    VARCHAR,
    giver_country     VARCHAR,
    giver_sector      VARCHAR,
    giver_role        VARCHAR,
    receiver_text     VARCHAR,
    receiver_name     VARCHAR,
    receiver_actor_id VARCHAR,
    receiver_country  VARCHAR,
    receiver_sector   VARCHAR,
    receiver_role     VARCHAR,
    what              VARCHAR NOT NULL,
    mode              VARCHAR,
    context           VARCHAR[],
    condition         VARCHAR,
    date              VARCHAR,
    sentence          INTEGER,
    evidence_text     VARCHAR,
    record            JSON NOT NULL
);
