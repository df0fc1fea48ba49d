"""Settings of the diagnostics server."""
import os

HOST = os.environ.get("NETDIAG_HOST", "127.0.0.1")
PORT = int(os.environ.get("NETDIAG_PORT", "8081"))
REPORTS_DIR = "/srv/netdiag/reports"
PING_COUNT = 3
