# generated case: rule=PY-SQLI source=hspath propagation=listreverse_idx0 sink=v1 expected=false
import json
import sqlite3

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = parse_qs(urlparse(self.path).query).get("p", [""])[0]
        values = [param, "safe"]
        values.reverse()
        bar = values[0]
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
