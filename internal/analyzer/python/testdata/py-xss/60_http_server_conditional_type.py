# py-xss and py-verbose-error: an http.server handler whose Content-Type may be HTML, chosen per response
import http.server
import traceback
import urllib.parse


class PageHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        params = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        content = "<!DOCTYPE html><p>" + params.get("q", [""])[0] + "</p>"
        try:
            content += str(len(params))
        except Exception:
            content = traceback.format_exc()
        finally:
            self.send_response(200)
            self.send_header("Content-Type", "%s; charset=utf-8" % ("text/html" if content.startswith("<!DOCTYPE") else "text/plain"))
            self.end_headers()
            self.wfile.write(content.encode())  # want: PY-XSS PY-VERBOSE-ERROR


class DataHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        params = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        body = params.get("q", [""])[0]
        try:
            body = body.strip()
        except Exception:
            body = "internal error"
        self.send_response(200)
        self.send_header("Content-Type", "application/json" if body.startswith("{") else "text/plain")
        self.end_headers()
        self.wfile.write(body.encode())  # safe: PY-XSS PY-VERBOSE-ERROR (never HTML; a fixed error text)
