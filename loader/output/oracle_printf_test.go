package output

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// oracleArg is a printf argument as bpftrace source and as record bytes.
type oracleArg struct {
	src string
	v   tv
}

func lit(v int64) oracleArg {
	if v == math.MinInt64 {
		return oracleArg{"(int64)0x8000000000000000", i64(v)}
	}
	return oracleArg{fmt.Sprint(v), i64(v)}
}

func cast(typ string, v int64, t tv) oracleArg {
	return oracleArg{fmt.Sprintf("(%s)%d", typ, v), t}
}

func strArg(s string) oracleArg { return oracleArg{bpftraceString(s), str(s, len(s)+1)} }

// oracleInts are integers of both signs and several magnitudes.
var oracleInts = []int64{0, 1, -1, 7, -42, 255, 300, 70000, 0x7fffffff, -0x80000000, 0xffffffff, 0x100000001, -0x100000001, math.MaxInt64, math.MinInt64}

// printfOracleCases builds printf calls covering every integer conversion
// with every length modifier, widths, precisions, flags, %c, %s and %%.
func printfOracleCases() [][]printfCall {
	var runs [][]printfCall
	specs := []string{"", "5", "-12", "020", ".3", "14.6", "-9.0", "0"}
	for _, conv := range []string{"d", "u", "o", "x", "X", "p"} {
		var run []printfCall
		for _, length := range []string{"", "hh", "h", "l", "ll", "j", "z", "t"} {
			for si, spec := range specs {
				if si%2 == 1 && length != "" && length != "l" && length != "hh" {
					continue
				}
				f := "%" + spec + length + conv
				var args []oracleArg
				for _, v := range oracleInts {
					args = append(args, lit(v))
				}
				run = append(run, printfCall{strings.Repeat("["+f+"]", len(args)) + "\n", args})
			}
		}
		runs = append(runs, run)
	}
	var mixed []printfCall
	add := func(f string, args ...oracleArg) { mixed = append(mixed, printfCall{f, args}) }
	add("%c%c%c|%5c|%-5c|%c|%c\n", lit(72), lit(0x169), lit(-191), lit(66), lit(67), lit(0), lit(68))
	add("%d %u %x %d %u %o\n", cast("uint32", -1, u32(0xffffffff)), cast("int8", -1, i8(-1)), cast("int16", -2, intv(uint64(0xfffe), 2, true)), cast("uint8", 200, u8(200)), cast("int32", -7, i32(-7)), cast("uint64", -1, u64(0xffffffffffffffff)))
	add("[%s][%10s][%-10s][%.2s][%5.1s][%.0s][%-3s]\n", strArg("abc"), strArg("abc"), strArg("abc"), strArg("abc"), strArg("abc"), strArg("abc"), strArg("abcdef"))
	add("%s|%20s|%-20s|\n", strArg("hello world, long!"), strArg("x"), strArg(""))
	add("%% %d %%%s%%\n", lit(5), strArg("x"))
	add("100%% done\n")
	add("%%d %%s|\n", lit(9), strArg("y"))
	add("a%%b%s%%\n", strArg("x"))
	add("%5%|%d\n", lit(1))
	add("tab\there %d\n", lit(-3))
	add("%-0d|%-05d|%00005d|%-012.3x|\n", lit(1), lit(2), lit(4), lit(-5))
	add("%10.4ld|%-10.4lx|%.12llu|%.0d|%.0x|%5.0o|\n", lit(-42), lit(255), lit(99), lit(0), lit(0), lit(0))
	runs = append(runs, mixed)
	return runs
}

type printfCall struct {
	format string
	args   []oracleArg
}

// TestPrintfOracle compares FormatPrintf with bpftrace's printf byte for byte.
func TestPrintfOracle(t *testing.T) {
	requireBpftrace(t)
	for i, run := range printfOracleCases() {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			var prog strings.Builder
			var want strings.Builder
			prog.WriteString("BEGIN {\n")
			for _, c := range run {
				srcs := make([]string, 0, len(c.args)+1)
				srcs = append(srcs, bpftraceString(c.format))
				vals := make([]tv, 0, len(c.args))
				for _, a := range c.args {
					srcs = append(srcs, a.src)
					vals = append(vals, a.v)
				}
				fmt.Fprintf(&prog, "\tprintf(%s);\n", strings.Join(srcs, ", "))
				p, rec := record(c.format, vals...)
				s, err := FormatPrintf(p, rec)
				if err != nil {
					t.Fatalf("%q: %v", c.format, err)
				}
				want.WriteString(s)
			}
			prog.WriteString("\texit();\n}\n")
			got := strings.TrimSuffix(runOracle(t, false, prog.String()), "\n\n")
			if got == "" {
				t.Fatal("bpftrace printed nothing")
			}
			diffLines(t, "printf", got, want.String())
		})
	}
}
