# generated case: rule=PY-SQLI source=hsheader propagation=direct sink=sqlalchemy_bind expected=false
import json

from http.server import BaseHTTPRequestHandler, HTTPServer
from sqlalchemy import create_engine, text
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = self.headers.get("X-P", "")
        bar = param
        engine = create_engine("sqlite:///app.db")
        with engine.connect() as conn:
            result = [tuple(r) for r in conn.execute(text("SELECT id FROM users WHERE id = :uid"), {"uid": bar})]
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
