package audit

// Exit codes of every secaudit command, in one place (see README "Exit codes").
const (
	ExitClean      = 0 // nothing at or above --fail-on
	ExitFindings   = 1 // findings at or above --fail-on
	ExitUsage      = 2 // usage or configuration error
	ExitIncomplete = 3 // the audit could not run completely (an analyzer failed)
)
