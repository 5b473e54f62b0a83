// Package framediff shows how different news outlets frame the same event.
//
// The work happens in three packages, one per stage, imported in this
// order: corpus reads and annotates articles, compare aligns them into
// events and measures each outlet's framing, report renders the result. The
// command is cmd/framediff.
//
// This package holds only the sample corpus built into the binary.
package framediff

import (
	"embed"
	"io/fs"
)

//go:embed testdata/corpus
var sample embed.FS

// SampleRoot is the directory of the sample corpus inside Sample.
const SampleRoot = "testdata/corpus"

// Sample returns the sample corpus: fictional outlets' articles on real
// events of 12-15 February 2022, written for the project.
func Sample() fs.FS { return sample }
