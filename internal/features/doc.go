// Command features keeps the features table honest: it reads the rows of
// the language inventory (testdata/features/rows.tsv, taken from
// language.md by -rows), the "// rows:" headers of the test scripts, the
// Go tests of testdata/features/gotests.tsv and the explicit statuses of
// testdata/features/status.tsv, and writes FEATURES.md and the summary in
// README.md from them ("make features"); its test fails when either is
// stale or when a script or Go test named there does not exist.
package main
