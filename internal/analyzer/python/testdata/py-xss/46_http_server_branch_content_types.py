# XSS: one http.server handler answers some routes as HTML and others as
# JSON or text/plain; only the HTML branch's echo is XSS (the content type
# sent on the way to each write decides)
import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        q = parse_qs(url.query).get("q", [""])[0]
        if url.path == "/page":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(("<p>" + q + "</p>").encode())  # want: PY-XSS
        elif url.path == "/api":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps({"q": q}).encode())
        elif url.path == "/raw":
            self.send_response(200)
            self.send_header("Content-type", "text/plain")
            self.end_headers()
            self.wfile.write(q.encode())
        else:
            # no Content-Type here: the browser sniffs the body, and the
            # function sends HTML elsewhere
            self.send_response(404)
            self.end_headers()
            self.wfile.write(("<p>no page " + url.path + "</p>").encode())  # want: PY-XSS
