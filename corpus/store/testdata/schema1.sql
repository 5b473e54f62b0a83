-- Migration 1 of corpus/store as it was released: the schema of every store
-- made before annotator versions were recorded. Tests build such stores from
-- this copy, so that they keep testing the stores users have.
CREATE TABLE articles (
	seq            INTEGER PRIMARY KEY,
	key            TEXT NOT NULL UNIQUE, -- "url " + URL, or "source " + source when there is no URL
	hash           BLOB NOT NULL UNIQUE, -- SHA-256 of the text
	id             TEXT NOT NULL,
	url            TEXT NOT NULL,
	outlet         TEXT NOT NULL,
	outlet_key     TEXT NOT NULL,        -- corpus.Slug(outlet), what --outlet matches
	title          TEXT NOT NULL,
	author         TEXT NOT NULL,
	published_unix INTEGER,              -- seconds since 1970 UTC; NULL when unknown
	published_nsec INTEGER,              -- and nanoseconds
	published_zone TEXT,                 -- the zone's name as the input gave it ("EST", "UTC", "")
	published_off  INTEGER,              -- and its offset east of UTC in seconds
	language       TEXT NOT NULL,
	format         TEXT NOT NULL,
	source         TEXT NOT NULL,
	record         INTEGER NOT NULL,
	words          INTEGER NOT NULL,
	notes          TEXT NOT NULL,        -- JSON array, "null" for none
	text           TEXT NOT NULL,
	annotations    BLOB NOT NULL,        -- see codec.go
	ingested       TEXT NOT NULL
);
CREATE INDEX articles_id ON articles (id);
CREATE INDEX articles_published ON articles (published_unix);
CREATE INDEX articles_outlet ON articles (outlet_key, published_unix);

CREATE TABLE skipped (
	source TEXT NOT NULL,
	reason TEXT NOT NULL,
	PRIMARY KEY (source, reason)
) WITHOUT ROWID;

CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
