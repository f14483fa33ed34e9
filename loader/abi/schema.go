package abi

import "fmt"

// SchemaError is what [Unmarshal] returns for metadata of a schema version
// other than [SchemaVersion].
type SchemaError struct {
	Schema int // the object's version
}

func (e *SchemaError) Error() string {
	if e.Schema > SchemaVersion {
		return fmt.Sprintf("metadata schema %d is newer than this loader understands (%d)", e.Schema, SchemaVersion)
	}
	return fmt.Sprintf("metadata schema %d is older than this loader understands (%d)", e.Schema, SchemaVersion)
}
