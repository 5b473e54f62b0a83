// Package store keeps a corpus on disk: articles, their metadata and their
// annotations in one SQLite file (modernc.org/sqlite, pure Go, no cgo), so
// that a corpus is annotated once and compared many times; or, for a team
// whose machines share one corpus, in a PostgreSQL database (pgx), opened
// by a postgres:// URL instead of a path. Both engines keep the same
// tables, at the same schema versions, by the same rules and queries; what
// differs between them (how a transaction begins and locks, how a query
// names its parameters, what an error means) is the engine interface.
//
// A store holds each article once. An article is identified by its URL,
// or by its source when it has none (by its text when it came from
// standard input), and its text by a SHA-256 hash:
//
//   - the same text again, with the same metadata, changes nothing and is
//     not annotated again;
//   - the same text with new metadata (a corrected outlet or date) updates
//     the metadata and keeps the annotations;
//   - a new text under a known URL or source replaces the old version;
//   - a text the store already holds under another identity is skipped as a
//     duplicate of it.
//
// Inputs that gave no article are kept in a skipped table, as the report
// lists them. Comparisons keep what they can use again in two more tables
// (schema 3, cache.go): each event's framing by a key that names all it
// depends on, and the background counts of the store's articles; and,
// beside each article, the compact record a comparison reads instead of
// its annotations (schema 4, records.go), and alignment's names and
// document frequencies with the set of articles they were made from
// (schema 5, cache.go). The store holds them as bytes and makes none of
// them.
//
// Each article records the nlp.AnnotatorVersion that made its
// annotations (0 for those stored before versions were recorded). An
// article an older annotator made is stale: ingest annotates it again when
// it meets it, and Reannotate annotates every stale article again from its
// stored text. Annotations a newer annotator made are never replaced by an
// older one's.
//
// Conventions: every write is a transaction, so a process killed at any
// moment leaves the store as it was after its last commit, and running the
// same ingest again completes it. Readers never wait for a writer and see
// whole batches only; writers take turns while they commit (each waits up
// to BusyTimeout for the others): a SQLite file is in WAL mode with
// immediate write transactions, and PostgreSQL's writers take the store's
// advisory lock (postgres.go). The schema version is PRAGMA user_version
// in SQLite and the framediff_schema table in PostgreSQL, raised by
// ordered migrations; a store from a newer framediff is refused with a
// SchemaError, and OpenReadOnly reads an older one it cannot migrate.
// Reads return documents equal, field for field, to the ones that were
// stored, whatever the engine.
package store
