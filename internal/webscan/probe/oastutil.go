package probe

import "github.com/secaudit/secaudit/internal/webscan/oast"

func newOASTToken() string { return oast.NewToken() }
