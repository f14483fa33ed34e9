package sema

import "testing"

func TestParamInt(t *testing.T) {
	tests := []struct {
		s  string
		v  int64
		ok bool
	}{
		{"123", 123, true}, {"0775", 0o775, true}, {"0x123", 0x123, true}, {"0X1f", 31, true},
		{" 12", 12, true}, {"+5", 5, true}, {"-0x10", -16, true}, {"0", 0, true},
		{"-9223372036854775808", -9223372036854775808, true},
		{"9223372036854775808", 0, false}, {"1e3", 0, false}, {"0x", 0, false}, {"09", 0, false},
		{"1_000", 0, false}, {"0b1", 0, false}, {"", 0, false}, {"12 ", 0, false}, {"abc", 0, false},
	}
	for _, tt := range tests {
		v, ok := ParamInt(tt.s)
		if v != tt.v || ok != tt.ok {
			t.Errorf("ParamInt(%q) = %d, %v; want %d, %v", tt.s, v, ok, tt.v, tt.ok)
		}
	}
}

func TestSignalNumber(t *testing.T) {
	for name, want := range map[string]int64{"KILL": 9, "sigkill": 9, "SIGUSR1": 10, "usr2": 12, "STOP": -1, "SIGSTOP": 19, "": -1, "FOO": -1} {
		if got := SignalNumber(name); got != want {
			t.Errorf("SignalNumber(%q) = %d, want %d", name, got, want)
		}
	}
}
