# generated case: rule=PY-CODE-INJECTION source=hsheader propagation=switch_safe sink=v0 expected=false
import json

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = self.headers.get("X-P", "")
        guess = "ABC"
        target = guess[1]
        if target == "A":
            bar = param
        elif target == "B":
            bar = "bob"
        elif target == "C" or target == "D":
            bar = param
        else:
            bar = "bob's your uncle"
        result = str(eval(bar))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
