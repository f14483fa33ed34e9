package parser

import "testing"

func TestParseUint(t *testing.T) {
	tests := []struct {
		in   string
		want uint64
		err  string
	}{
		{"0", 0, ""},
		{"123", 123, ""},
		{"1_000_000", 1000000, ""},
		{"1__0", 10, ""},
		{"0x10", 16, ""},
		{"0XfF", 255, ""},
		{"010", 8, ""},
		{"09", 0, "Found trailing non-numeric characters"},
		{"123UL", 123, ""},
		{"123u", 123, ""},
		{"123LL", 123, ""},
		{"123ull", 123, ""},
		{"123l", 123, ""},
		{"123lu", 0, "Found trailing non-numeric characters"},
		{"1e6", 1000000, ""},
		{"5E3", 5000, ""},
		{"9e16", 9e16, ""},
		{"1_0e2", 0, "Coefficient part of scientific literal must be in range (0,9), got: 10"},
		{"9e17", 0, "Exponent will overflow integer range: 17"},
		{"1ue2", 100, ""},
		{"0xffffffffffffffff", 1<<64 - 1, ""},
		{"18446744073709551615", 1<<64 - 1, ""},
		{"18446744073709551616", 0, "stoull"},
		{"0x10000000000000000", 0, "stoull"},
		{"", 0, "stoull"},
		{"abc", 0, "stoull"},
		{"12abc", 0, "Found trailing non-numeric characters"},
	}
	for _, tt := range tests {
		got, err := parseUint(tt.in)
		if got != tt.want || err != tt.err {
			t.Errorf("parseUint(%q) = %d, %q; want %d, %q", tt.in, got, err, tt.want, tt.err)
		}
	}
}
