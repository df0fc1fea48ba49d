# generated case: rule=PY-SSRF source=hspath propagation=direct sink=urlopen expected=true
import json
import urllib.request

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = parse_qs(urlparse(self.path).query).get("p", [""])[0]
        bar = param
        with urllib.request.urlopen(bar, timeout=5) as fh:  # want: PY-SSRF PY-HTTP-NO-PROXY
            result = fh.status
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
