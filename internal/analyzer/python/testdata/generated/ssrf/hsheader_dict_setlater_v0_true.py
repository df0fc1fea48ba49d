# generated case: rule=PY-SSRF source=hsheader propagation=dict_setlater sink=v0 expected=true
import json
import requests

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = self.headers.get("X-P", "")
        m = {"keyA": "a_Value", "keyB": "b_Value"}
        m["keyA"] = param
        bar = m["keyA"]
        resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
        result = resp.status_code
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
