# generated case: rule=PY-PATH-TRAVERSAL source=hsheader propagation=augmented_const sink=v0 expected=false
import json
import os

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

BASE_DIR = "/srv/app/files"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = self.headers.get("X-P", "")
        bar = "x"
        tmp = param
        bar += "y"
        with open(os.path.join(BASE_DIR, bar)) as fh:
            result = len(fh.read())
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
