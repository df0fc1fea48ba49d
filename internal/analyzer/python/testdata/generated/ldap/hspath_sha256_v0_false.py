# generated case: rule=PY-LDAP-INJECTION source=hspath propagation=sha256 sink=v0 expected=false
import hashlib
import json
import ldap

from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = parse_qs(urlparse(self.path).query).get("p", [""])[0]
        bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
        conn = ldap.initialize("ldap://ldap.example.com")
        entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
        result = len(entries)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
