# generated case: rule=PY-SSRF source=hspath propagation=dictdispatch_safe sink=v1 expected=false
import json
import requests

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = parse_qs(urlparse(self.path).query).get("p", [""])[0]
        guess = "ABC"
        target = guess[1]
        bar = {"A": param, "B": "bob", "C": param}[target]
        resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
        result = resp.status_code
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
