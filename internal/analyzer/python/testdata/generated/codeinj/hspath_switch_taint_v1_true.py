# generated case: rule=PY-CODE-INJECTION source=hspath propagation=switch_taint sink=v1 expected=true
import json

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = parse_qs(urlparse(self.path).query).get("p", [""])[0]
        guess = "ABC"
        target = guess[2]
        if target == "A":
            bar = "a_value"
        elif target == "B":
            bar = "bob"
        elif target == "C" or target == "D":
            bar = param
        else:
            bar = "bob's your uncle"
        exec("total = " + bar, {})  # want: PY-CODE-INJECTION
        result = True
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
