# generated case: rule=PY-NOSQLI source=hspath propagation=ternary_taint sink=v1 expected=true
import json

from http.server import BaseHTTPRequestHandler, HTTPServer
from pymongo import MongoClient
from urllib.parse import parse_qs, urlparse

db = MongoClient("mongodb://localhost:27017")["app"]


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = parse_qs(urlparse(self.path).query).get("p", [""])[0]
        num = 106
        bar = "This_should_never_happen" if (7 * 18) + num < 200 else param
        docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
        result = len(docs)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
