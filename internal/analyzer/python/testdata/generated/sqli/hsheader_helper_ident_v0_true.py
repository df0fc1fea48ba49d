# generated case: rule=PY-SQLI source=hsheader propagation=helper_ident sink=v0 expected=true
import json
import sqlite3

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


def do_something(value):
    return value


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = self.headers.get("X-P", "")
        bar = do_something(param)
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
        result = cur.fetchall()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
