# http.server: self.path, self.headers and self.rfile.read() are sources in a BaseHTTPRequestHandler
import json
import os
import subprocess
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

STATIC = "/srv/static"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        parsed = urlparse(self.path)
        if parsed.path.startswith("/static/"):
            with open(os.path.join(STATIC, parsed.path[len("/static/"):]), "rb") as fh:  # want: PY-PATH-TRAVERSAL
                body = fh.read()
            self.send_response(200)
            self.end_headers()
            self.wfile.write(body)
            return
        host = parse_qs(parsed.query).get("host", ["localhost"])[0]
        out = subprocess.check_output("ping -c 1 " + host, shell=True)  # want: PY-CMDI
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(out)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        payload = self.rfile.read(length)
        data = json.loads(payload)
        result = eval(data["expr"])  # want: PY-CODE-INJECTION
        agent = self.headers.get("User-Agent", "")
        os.system("logger " + agent)  # want: PY-CMDI
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result, "length": length}).encode())


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
