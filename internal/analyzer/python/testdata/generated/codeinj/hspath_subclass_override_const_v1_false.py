# generated case: rule=PY-CODE-INJECTION source=hspath propagation=subclass_override_const sink=v1 expected=false
import json

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = parse_qs(urlparse(self.path).query).get("p", [""])[0]
        bar = Child().transform(param)
        exec("total = " + bar, {})
        result = True
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
