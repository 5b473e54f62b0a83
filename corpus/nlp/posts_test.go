package nlp

import (
	"testing"
)

func TestDisplayName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Greg Stohr", true},
		{"NPR Politics", true},
		{"Lawrence O’Donnell", true},
		{"Dr. Ana Ruiz-Vega", true},
		{"neontaster ??", false},
		{"FOX & friends", false},
		{"Working Families Party 🐺", false},
		{"The Most Honourable Clerk Of The Court", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := displayName(tt.name); got != tt.want {
			t.Errorf("displayName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPostChars(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Short and sweet.", 16},
		{"Read it https://t.co/abcdefghij12345", 8 + linkChars},
		{"A picture pic.twitter.com/Ab3dE9xQ", 9},
		{"Ünïcödé counts runes", 20},
	}
	for _, tt := range tests {
		if got := postChars(tt.text); got != tt.want {
			t.Errorf("postChars(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
