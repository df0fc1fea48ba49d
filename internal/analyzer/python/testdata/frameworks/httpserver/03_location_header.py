# http.server and WSGI redirects: a Location header set from the query is an
# open redirect; a constant path prefix keeps it on the site.
import http.server
import urllib.parse


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        params = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        target = params.get("next", ["/"])[0]
        self.send_response(302)
        if self.path.startswith("/out"):
            self.send_header("Location", target)  # want: PY-OPEN-REDIRECT
        else:
            self.send_header("Location", "/docs/" + urllib.parse.quote(target))
        self.end_headers()


def app(environ, start_response):
    query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
    url = query.get("to", ["/"])[0]
    if environ.get("PATH_INFO") == "/home":
        start_response("302 Found", [("Location", "/home/" + urllib.parse.quote(url))])
        return [b""]
    start_response("302 Found", [("Location", url), ("Cache-Control", "no-store")])  # want: PY-OPEN-REDIRECT
    return [b""]
