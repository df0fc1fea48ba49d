package control

import (
	"testing/fstest"
)

func mapFS(rulesYAML string) fstest.MapFS {
	return fstest.MapFS{"r.yaml": &fstest.MapFile{Data: []byte(rulesYAML)}}
}
