# generated case: rule=PY-XPATH-INJECTION source=hsheader propagation=direct sink=safe-api expected=false
import json

from http.server import BaseHTTPRequestHandler, HTTPServer
from lxml import etree
from urllib.parse import parse_qs, urlparse

USERS_XML = etree.parse("/srv/data/users.xml")


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = self.headers.get("X-P", "")
        bar = param
        nodes = USERS_XML.xpath("//user[@id=$uid]/name/text()", uid=bar)
        result = len(nodes)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
