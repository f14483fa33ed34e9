package output

import (
	"bytes"
	"testing"

	"github.com/bpftc/bpftc/loader/abi"
)

func TestHelperError(t *testing.T) {
	he := &abi.HelperError{Helper: "map_delete_elem", Line: 1, Col: 22, Prefix: "stdin:1:22-34",
		Context: "i:ms:100 { @[1] = 1; delete(@[2]); exit(); }\n                     ~~~~~~~~~~~~\n"}
	var text, json bytes.Buffer
	HelperError(NewText(&text, &text), he, -2)
	HelperError(NewJSON(&json, &json), he, -2)
	if want := "stdin:1:22-34: WARNING: Failed to map_delete_elem: No such file or directory (-2)\n" + he.Context; text.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", text.String(), want)
	}
	if want := `{"type": "helper_error", "helper": "map_delete_elem", "retcode": -2, "line": 1, "col": 22}` + "\n"; json.String() != want {
		t.Errorf("json: %s", json.String())
	}
	text.Reset()
	he.Helper = "map_lookup_elem"
	HelperError(NewText(&text, &text), he, 0)
	if want := "stdin:1:22-34: WARNING: Failed to map_lookup_elem: 0\n" + he.Context; text.String() != want {
		t.Errorf("text:\n%s", text.String())
	}
}
