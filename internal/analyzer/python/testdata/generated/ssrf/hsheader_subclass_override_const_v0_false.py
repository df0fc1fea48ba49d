# generated case: rule=PY-SSRF source=hsheader propagation=subclass_override_const sink=v0 expected=false
import json
import requests

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = self.headers.get("X-P", "")
        bar = Child().transform(param)
        resp = requests.get(bar, proxies=PROXIES, timeout=5)
        result = resp.status_code
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
