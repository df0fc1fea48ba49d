# PATH FALSE: a realpath + commonpath check guards the open in its branch even
# though another branch of the same handler assigns the same variable from
# input without resolving it (that assignment cannot reach the check)
import os
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

BASE = "/srv/files"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        name = parse_qs(url.query).get("name", [""])[0]
        if url.path == "/raw":
            path = os.path.join(BASE, name)
            with open(path, "rb") as fh:  # want: PY-PATH-TRAVERSAL
                self.wfile.write(fh.read())
        elif url.path == "/checked":
            base = os.path.realpath(BASE)
            path = os.path.realpath(os.path.join(base, name))
            if os.path.commonpath([base, path]) != base:
                self.send_error(404)
                return
            with open(path, "rb") as fh:
                self.wfile.write(fh.read())
