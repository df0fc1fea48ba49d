# generated case: rule=PY-PATH-TRAVERSAL source=hspath propagation=forloop_chars sink=v1 expected=true
import json
import os

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

BASE_DIR = "/srv/app/files"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = parse_qs(urlparse(self.path).query).get("p", [""])[0]
        bar = ""
        for c in param:
            bar += c
        os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
        result = True
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
