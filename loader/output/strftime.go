package output

import (
	"strconv"
	"time"
)

// strftimeMax is bpftrace 0.17's buffer for time() and strftime() text
// (STRING_SIZE): longer results, and empty ones, are failures of strftime(3).
const strftimeMax = 64

var (
	weekdays = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	months   = [...]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
)

// strftime formats t as glibc's strftime(3) does in the C locale; ok is
// false when the result would not fit bpftrace's buffer or is empty.
func strftime(format string, t time.Time) (string, bool) {
	var b []byte
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b = append(b, c)
			continue
		}
		start := i
		i++
		// Flags, width and the E/O modifiers.
		var flag byte
		for i < len(format) && (format[i] == '_' || format[i] == '-' || format[i] == '0' || format[i] == '^' || format[i] == '#') {
			flag = format[i]
			i++
		}
		width := -1
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			if width < 0 {
				width = 0
			}
			width = width*10 + int(format[i]-'0')
			i++
		}
		for i < len(format) && (format[i] == 'E' || format[i] == 'O') {
			i++
		}
		if i >= len(format) {
			b = append(b, format[start:]...)
			break
		}
		var ok bool
		b, ok = appendConv(b, format[i], flag, width, t)
		if !ok {
			b = append(b, format[start:i+1]...)
		}
	}
	if len(b) == 0 || len(b) >= strftimeMax {
		return "", false
	}
	return string(b), true
}

// appendConv writes one conversion; ok is false for an unknown one.
func appendConv(b []byte, c, flag byte, width int, t time.Time) ([]byte, bool) {
	num := func(v, digits int, pad byte) []byte {
		if flag == '-' {
			return strconv.AppendInt(b, int64(v), 10)
		}
		if flag == '_' {
			pad = ' '
		} else if flag == '0' {
			pad = '0'
		}
		w := digits
		if width >= 0 {
			w = width
		}
		s := strconv.Itoa(v)
		for n := len(s); n < w; n++ {
			b = append(b, pad)
		}
		return append(b, s...)
	}
	str := func(s string) []byte {
		if flag == '^' {
			for i := 0; i < len(s); i++ {
				if s[i] >= 'a' && s[i] <= 'z' {
					s = s[:i] + string(s[i]-32) + s[i+1:]
				}
			}
		}
		for n := len(s); n < width; n++ {
			if flag == '0' {
				b = append(b, '0')
			} else {
				b = append(b, ' ')
			}
		}
		return append(b, s...)
	}
	sub := func(f string) []byte {
		s, _ := strftime(f, t)
		return str(s)
	}
	hour12 := t.Hour() % 12
	if hour12 == 0 {
		hour12 = 12
	}
	switch c {
	case 'a':
		return str(weekdays[t.Weekday()][:3]), true
	case 'A':
		return str(weekdays[t.Weekday()]), true
	case 'b', 'h':
		return str(months[t.Month()-1][:3]), true
	case 'B':
		return str(months[t.Month()-1]), true
	case 'c':
		return sub("%a %b %e %H:%M:%S %Y"), true
	case 'C':
		return num(t.Year()/100, 2, '0'), true
	case 'd':
		return num(t.Day(), 2, '0'), true
	case 'D', 'x':
		return sub("%m/%d/%y"), true
	case 'e':
		return num(t.Day(), 2, ' '), true
	case 'F':
		return sub("%Y-%m-%d"), true
	case 'g':
		y, _ := t.ISOWeek()
		return num(y%100, 2, '0'), true
	case 'G':
		y, _ := t.ISOWeek()
		return num(y, 1, '0'), true
	case 'H':
		return num(t.Hour(), 2, '0'), true
	case 'I':
		return num(hour12, 2, '0'), true
	case 'j':
		return num(t.YearDay(), 3, '0'), true
	case 'k':
		return num(t.Hour(), 2, ' '), true
	case 'l':
		return num(hour12, 2, ' '), true
	case 'm':
		return num(int(t.Month()), 2, '0'), true
	case 'M':
		return num(t.Minute(), 2, '0'), true
	case 'n':
		return str("\n"), true
	case 'p':
		if t.Hour() < 12 {
			return str("AM"), true
		}
		return str("PM"), true
	case 'P':
		if t.Hour() < 12 {
			return str("am"), true
		}
		return str("pm"), true
	case 'r':
		return sub("%I:%M:%S %p"), true
	case 'R':
		return sub("%H:%M"), true
	case 's':
		return num(int(t.Unix()), 1, '0'), true
	case 'S':
		return num(t.Second(), 2, '0'), true
	case 't':
		return str("\t"), true
	case 'T', 'X':
		return sub("%H:%M:%S"), true
	case 'u':
		return num((int(t.Weekday())+6)%7+1, 1, '0'), true
	case 'U':
		return num((t.YearDay()+6-int(t.Weekday()))/7, 2, '0'), true
	case 'V':
		_, w := t.ISOWeek()
		return num(w, 2, '0'), true
	case 'w':
		return num(int(t.Weekday()), 1, '0'), true
	case 'W':
		return num((t.YearDay()+6-(int(t.Weekday())+6)%7)/7, 2, '0'), true
	case 'y':
		return num(t.Year()%100, 2, '0'), true
	case 'Y':
		return num(t.Year(), 1, '0'), true
	case 'z':
		_, off := t.Zone()
		sign := byte('+')
		if off < 0 {
			sign, off = '-', -off
		}
		b = append(b, sign)
		return num(off/3600*100+off/60%60, 4, '0'), true
	case 'Z':
		name, _ := t.Zone()
		return str(name), true
	case '%':
		return str("%"), true
	}
	return b, false
}

// Strftime formats t as strftime(3) does in the C locale, within bpftrace's
// 64-byte buffer; ok is false when strftime would fail (time() then prints
// nothing).
func Strftime(format string, t time.Time) (string, bool) { return strftime(format, t) }
