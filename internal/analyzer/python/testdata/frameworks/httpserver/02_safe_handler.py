# http.server FALSE: handler uses request data only with safe APIs (basename, int, list argv, json)
import json
import os
import subprocess
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

STATIC = "/srv/static"


class SafeHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        parsed = urlparse(self.path)
        name = os.path.basename(parsed.path)
        with open(os.path.join(STATIC, name), "rb") as fh:
            body = fh.read()
        count = int(parse_qs(parsed.query).get("count", ["1"])[0])
        host = parse_qs(parsed.query).get("host", ["localhost"])[0]
        subprocess.run(["ping", "-c", str(count), host], check=False)
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        data = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"keys": sorted(data)}).encode())


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8081), SafeHandler).serve_forever()
