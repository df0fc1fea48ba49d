# generated case: rule=PY-NOSQLI source=hspath propagation=flagcompare_const sink=v1 expected=false
import json

from http.server import BaseHTTPRequestHandler, HTTPServer
from pymongo import MongoClient
from urllib.parse import parse_qs, urlparse

db = MongoClient("mongodb://localhost:27017")["app"]


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = parse_qs(urlparse(self.path).query).get("p", [""])[0]
        flag = "yes"
        if flag == "no":
            bar = param
        else:
            bar = "safe"
        docs = list(db.users.find({"name": json.loads(bar)}))
        result = len(docs)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
