# generated case: rule=PY-DESERIALIZATION source=hspath propagation=int_check_then_raw sink=v1 expected=false
import json
import yaml

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = parse_qs(urlparse(self.path).query).get("p", [""])[0]
        try:
            int(param)
        except ValueError:
            self.send_error(400)
            return
        bar = param
        obj = yaml.load(bar, Loader=yaml.Loader)
        result = type(obj).__name__
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
