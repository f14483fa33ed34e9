package session

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/loader/output"
	"github.com/bpftc/bpftc/loader/symtab"
)

// Env is what the runtime reads of bpftrace's environment variables.
type Env struct {
	// LogSize is BPFTRACE_LOG_SIZE, the verifier log size (ENV-07); 0
	// when unset.
	LogSize uint64
	// NoDemangle is BPFTRACE_NO_CPP_DEMANGLE=1 (ENV-08).
	NoDemangle bool
	// CacheUserSymbols is BPFTRACE_CACHE_USER_SYMBOLS (ENV-10): "1" or
	// "0", or "" for bpftrace's automatic choice.
	CacheUserSymbols string
}

// ReadEnv reads the variables, refusing bad values with bpftrace 0.17's
// messages (status 1).
func ReadEnv() (Env, error) {
	var e Env
	var err error
	if e.LogSize, err = envUint64("BPFTRACE_LOG_SIZE"); err != nil {
		return e, err
	}
	demangle, err := envBool("BPFTRACE_NO_CPP_DEMANGLE")
	if err != nil {
		return e, err
	}
	e.NoDemangle = demangle == "1"
	if e.CacheUserSymbols, err = envBool("BPFTRACE_CACHE_USER_SYMBOLS"); err != nil {
		return e, err
	}
	return e, nil
}

// Apply sets what the variables say on obj and on the user symboliser; cmd
// is the run's -c command, which turns the user symbol cache on unless the
// variable says otherwise, as it does when ASLR is off (bpftrace's
// is_aslr_enabled(-1): /proc/sys/kernel/randomize_va_space is 0).
func (e Env) Apply(obj *loader.Object, cmd string) {
	obj.SetVerifierLogSize(e.LogSize)
	cache := e.CacheUserSymbols == "1"
	if e.CacheUserSymbols == "" {
		cache = cmd != "" || !aslrEnabled()
	}
	output.SetUserSymbolOptions(symtab.UserOptions{CacheByExe: cache, NoDemangle: e.NoDemangle})
}

// aslrEnabled is bpftrace's is_aslr_enabled(-1).
func aslrEnabled() bool {
	b, err := os.ReadFile("/proc/sys/kernel/randomize_va_space")
	if err != nil {
		return true
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(b)))
	return err != nil || n >= 1
}

// envUint64 reads an unsigned variable as bpftrace's get_uint64_env_var
// (istream >> uint64_t: leading space, an optional sign, digits, the rest
// ignored); 0 when unset.
func envUint64(name string) (uint64, error) {
	v, ok := os.LookupEnv(name)
	if !ok {
		return 0, nil
	}
	s := strings.TrimLeft(v, " \t\n\v\f\r")
	neg := s != "" && s[0] == '-'
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	n, err := strconv.ParseUint(s[:end], 10, 64)
	if err != nil {
		return 0, &StatusError{ExitUsage, fmt.Sprintf("Env var '%s' did not contain a valid uint64_t, or was zero-valued.", name)}
	}
	if neg {
		n = -n // strtoull wraps a negative number
	}
	return n, nil
}

// envBool reads a 0-or-1 variable as bpftrace's get_bool_env_var: "1",
// "0", or "" when unset.
func envBool(name string) (string, error) {
	v, ok := os.LookupEnv(name)
	if !ok {
		return "", nil
	}
	if v != "0" && v != "1" {
		return "", &StatusError{ExitUsage, fmt.Sprintf("Env var '%s' did not contain a valid value (0 or 1).", name)}
	}
	return v, nil
}

// Prepare reads the variables and applies them to obj (Apply).
func Prepare(obj *loader.Object, cmd string) error {
	e, err := ReadEnv()
	if err != nil {
		return err
	}
	e.Apply(obj, cmd)
	return nil
}
