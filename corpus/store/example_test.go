package store_test

import (
	"fmt"

	"github.com/framediff/framediff/corpus/store"
)

// A store is a SQLite file unless it is named by a PostgreSQL URL; what
// the URL leaves out (here the host, user and password) comes from the
// PG* environment variables and ~/.pgpass, as for psql.
func ExampleIsURL() {
	for _, db := range []string{
		"news.db",
		"postgres:///news",
		"postgresql://framediff@db.newsroom.example/news?sslmode=verify-full",
	} {
		fmt.Println(db, store.IsURL(db))
	}
	// Output:
	// news.db false
	// postgres:///news true
	// postgresql://framediff@db.newsroom.example/news?sslmode=verify-full true
}
