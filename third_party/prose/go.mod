module github.com/jdkato/prose/v3

go 1.25

require (
	github.com/dlclark/regexp2/v2 v2.5.2
	gopkg.in/neurosnap/sentences.v1 v1.0.6
)

require github.com/neurosnap/sentences v1.0.6 // indirect
