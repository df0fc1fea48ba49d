# apps/netdiag: a single-file http.server network diagnostics tool (server.py) and its settings
