# generated case: rule=PY-DESERIALIZATION source=hspath propagation=attr_other sink=v1 expected=false
import json
import yaml

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Box:
    pass


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = parse_qs(urlparse(self.path).query).get("p", [""])[0]
        box = Box()
        box.value = param
        box.other = "safe"
        bar = box.other
        obj = yaml.load(bar, Loader=yaml.Loader)
        result = type(obj).__name__
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
