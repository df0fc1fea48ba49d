# App: a plain http.server JSON/HTML service with typical flaws and their safe twins
import html
import json
import os
import sqlite3
import subprocess
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

DB = "/var/lib/notes/notes.db"
FILES = "/var/lib/notes/files"


class NotesHandler(BaseHTTPRequestHandler):
    def _query(self):
        return parse_qs(urlparse(self.path).query)

    def _send(self, code, body, ctype="application/json"):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        route = urlparse(self.path).path
        q = self._query()
        if route == "/search":
            term = q.get("q", [""])[0]
            conn = sqlite3.connect(DB)
            rows = conn.execute("SELECT id, title FROM notes WHERE title LIKE '%" + term + "%'").fetchall()  # want: PY-SQLI
            self._send(200, json.dumps(rows))
        elif route == "/note":
            note_id = q.get("id", ["0"])[0]
            if not note_id.isdigit():
                self._send(400, "{}")
                return
            conn = sqlite3.connect(DB)
            rows = conn.execute("SELECT body FROM notes WHERE id = " + note_id).fetchall()
            self._send(200, json.dumps(rows))
        elif route == "/file":
            name = q.get("name", [""])[0]
            with open(os.path.join(FILES, name), "rb") as fh:  # want: PY-PATH-TRAVERSAL
                self._send(200, fh.read(), "application/octet-stream")
        elif route == "/file2":
            name = os.path.basename(q.get("name", [""])[0])
            with open(os.path.join(FILES, name), "rb") as fh:
                self._send(200, fh.read(), "application/octet-stream")
        elif route == "/ping":
            host = q.get("host", ["127.0.0.1"])[0]
            out = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True).stdout
            self._send(200, html.escape(out), "text/plain")
        elif route == "/trace":
            host = q.get("host", ["127.0.0.1"])[0]
            out = subprocess.check_output("traceroute " + host, shell=True)  # want: PY-CMDI
            self._send(200, out, "text/plain")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        conn = sqlite3.connect(DB)
        conn.execute("INSERT INTO notes (title, body) VALUES (?, ?)", (body.get("title", ""), body.get("body", "")))
        conn.commit()
        expr = body.get("formula", "0")
        result = eval(expr)  # want: PY-CODE-INJECTION
        self._send(201, json.dumps({"ok": True, "result": result}))


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8000), NotesHandler).serve_forever()
