# generated case: rule=PY-LDAP-INJECTION source=hsheader propagation=ternary_taint sink=v0 expected=true
import json
import ldap

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = self.headers.get("X-P", "")
        num = 106
        bar = "This_should_never_happen" if (7 * 18) + num < 200 else param
        conn = ldap.initialize("ldap://ldap.example.com")
        entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
        result = len(entries)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
