// Package dates reads the publication dates that news pages, feeds and URLs
// carry, in whatever form the outlet chose to write them.
//
// It owns three questions and nothing else:
//
//   - Parse: what instant does this metadata string name?
//   - Find: where is the first plausible date inside free text, such as a
//     scraped byline line "Published: February 12, 2022 9:40 pm ET"?
//   - FromURL: does the path of an article URL carry its date (/2022/02/12/)?
//
// Conventions:
//
//   - A zone written in the input is kept: "2022-02-12T19:40:00-10:00" comes
//     back with a -10:00 offset, "9:40 pm ET" with the US Eastern offset that
//     was in force on that day. A date without a zone comes back as its wall
//     time in UTC, so that equal strings give equal values on every machine;
//     nothing here ever reads time.Local.
//   - Year-first dates (2022-02-03) are always year, month, day. Slashed dates
//     with the year last (02/03/2022) are read month first, as US outlets write
//     them, unless the first number cannot be a month; dotted and dashed ones
//     (03.02.2022, 03-02-2022) are read day first, as European outlets write
//     them, unless the second number cannot be a month.
//   - Years outside 1900..2100 are rejected: outside that range a "date" in a
//     news page is almost always a number that only looks like one.
//   - Failures are *Error values that carry the input and wrap one of the
//     sentinel errors (ErrEmpty, ErrTooLong, ErrFormat, ErrRange), for
//     errors.Is and errors.As.
package dates
