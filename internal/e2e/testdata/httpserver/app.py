"""A small notes service on the standard library's http.server: no
framework, routes dispatched on self.path. Deliberately vulnerable routes
sit next to safe twins; the home page links to none of them, so only the
routes read from the code lead the dynamic scan there.

Test fixture of secaudit's e2e tests: never deploy it.
"""
import argparse
import html
import json
import os
import sqlite3
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
DB = ":memory:"


def connect():
    db = sqlite3.connect(DB)
    db.execute("CREATE TABLE users (name TEXT, email TEXT)")
    db.executemany("INSERT INTO users VALUES (?, ?)", [("alice", "alice@example.org"), ("bob", "bob@example.org")])
    return db


class Handler(BaseHTTPRequestHandler):
    server_version = "notes/1.0"

    def log_message(self, fmt, *args):
        pass  # quiet in tests

    def send(self, status, body, ctype="text/html; charset=utf-8"):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def send_json(self, status, obj):
        self.send(status, json.dumps(obj), "application/json")

    def do_GET(self):
        parsed = urlparse(self.path)
        qs = parse_qs(parsed.query)
        if parsed.path == "/":
            self.send(200, "<html><body><h1>Notes</h1><p>Nothing to see here.</p></body></html>")
        elif parsed.path == "/search":
            q = qs.get("q", [""])[0]
            # Vulnerable: the query is written into the page unescaped.
            self.send(200, "<html><body><p>Results for " + q + "</p></body></html>")
        elif parsed.path == "/search-safe":
            q = qs.get("q", [""])[0]
            self.send(200, "<html><body><p>Results for " + html.escape(q) + "</p></body></html>")
        elif parsed.path == "/files":
            name = qs.get("name", ["report.txt"])[0]
            # Vulnerable: the name is joined to the directory as given.
            try:
                with open(os.path.join(FILES, name)) as fh:
                    self.send(200, fh.read(), "text/plain")
            except (OSError, ValueError):
                self.send(404, "no such file", "text/plain")
        elif parsed.path == "/files-safe":
            name = os.path.basename(qs.get("name", ["report.txt"])[0])
            try:
                with open(os.path.join(FILES, name)) as fh:
                    self.send(200, fh.read(), "text/plain")
            except (OSError, ValueError):
                self.send(404, "no such file", "text/plain")
        else:
            self.send(404, "not found", "text/plain")

    def do_POST(self):
        path = self.path.split("?")[0]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            return self.send_json(400, {"error": "invalid JSON"})
        if not isinstance(data, dict):
            return self.send_json(400, {"error": "an object is expected"})
        if path == "/api/lookup":
            db = connect()
            try:
                # Vulnerable: the name is formatted into the SQL text.
                rows = db.execute(f"SELECT name, email FROM users WHERE name = '{data['name']}'").fetchall()
            except sqlite3.Error as e:
                return self.send_json(500, {"error": str(e)})
            except KeyError:
                return self.send_json(400, {"error": "name is required"})
            self.send_json(200, {"users": rows})
        elif path == "/api/lookup-safe":
            db = connect()
            rows = db.execute("SELECT name, email FROM users WHERE name = ?", (str(data.get("name", "")),)).fetchall()
            self.send_json(200, {"users": rows})
        else:
            self.send_json(404, {"error": "not found"})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8000)
    args = ap.parse_args()
    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
