# generated case: rule=PY-XPATH-INJECTION source=hsheader propagation=dict_keyB sink=v0 expected=true
import json

from http.server import BaseHTTPRequestHandler, HTTPServer
from lxml import etree
from urllib.parse import parse_qs, urlparse

USERS_XML = etree.parse("/srv/data/users.xml")


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        param = self.headers.get("X-P", "")
        m = {"keyA": "a_Value", "keyB": param}
        bar = m["keyB"]
        nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
        result = len(nodes)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"result": result}).encode("utf-8"))


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
