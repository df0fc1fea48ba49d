#!/usr/bin/env python3
"""netdiag: a tiny diagnostics web UI on http.server.

GET  /               index page
GET  /ping?host=     ping a host (HTML)
GET  /ping2?host=    ping a host, checked (JSON)
GET  /report?name=   show a saved report (HTML)
GET  /download?name= download a saved report (checked)
GET  /calc?expr=     evaluate a formula (JSON)
GET  /calc2?expr=    evaluate a formula safely (JSON)
GET  /echo?msg=      echo as JSON
GET  /greet?name=    greeting page (HTML)
POST /import         import an XML device list
POST /import-safe    import an XML device list (hardened parser)
"""
import ast
import html
import ipaddress
import json
import operator
import os
import re
import subprocess
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

from lxml import etree

from settings import HOST, PORT, PING_COUNT, REPORTS_DIR

HOSTNAME_RE = re.compile(r"^[A-Za-z0-9.-]{1,253}$")

_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def safe_calc(expr):
    """Evaluate + - * / over numbers without eval."""

    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("unsupported expression")

    return walk(ast.parse(expr, mode="eval"))


class DiagHandler(BaseHTTPRequestHandler):
    server_version = "netdiag/0.3"

    def _html(self, body, status=200):
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        # /greet passes the name in unescaped: the helper sends constant
        # text/html, so its write is where the XSS is reported.
        self.wfile.write(data)  # want: PY-XSS

    def _json(self, obj, status=200):
        data = json.dumps(obj).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _param(self, qs, name, default=""):
        return qs.get(name, [default])[0]

    def do_GET(self):
        url = urlparse(self.path)
        qs = parse_qs(url.query)
        route = url.path

        if route == "/":
            self._html("<h1>netdiag</h1><form action='/ping'><input name='host'></form>")

        elif route == "/ping":
            host = self._param(qs, "host", "127.0.0.1")
            cmd = "ping -c %d %s" % (PING_COUNT, host)
            proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # want: PY-CMDI
            out, _ = proc.communicate(timeout=30)
            self._html("<pre>" + html.escape(out.decode(errors="replace")) + "</pre>")

        elif route == "/ping2":
            host = self._param(qs, "host", "127.0.0.1")
            try:
                host = str(ipaddress.ip_address(host))
            except ValueError:
                if not HOSTNAME_RE.match(host) or host.startswith("-"):
                    self._json({"error": "bad host"}, 400)
                    return
            res = subprocess.run(["ping", "-c", str(PING_COUNT), "--", host], capture_output=True, text=True, timeout=30)
            self._json({"host": host, "rc": res.returncode, "output": res.stdout})

        elif route == "/report":
            name = self._param(qs, "name")
            path = os.path.join(REPORTS_DIR, name)
            try:
                with open(path, encoding="utf-8") as fh:  # want: PY-PATH-TRAVERSAL
                    text = fh.read()
            except OSError:
                self._html("<p>no such report</p>", 404)
                return
            self._html("<h2>Report</h2><pre>" + html.escape(text) + "</pre>")

        elif route == "/download":
            name = self._param(qs, "name")
            base = os.path.realpath(REPORTS_DIR)
            path = os.path.realpath(os.path.join(base, name))
            if os.path.commonpath([base, path]) != base or not os.path.isfile(path):
                self._json({"error": "not found"}, 404)
                return
            with open(path, "rb") as fh:
                data = fh.read()
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.end_headers()
            self.wfile.write(data)

        elif route == "/calc":
            expr = self._param(qs, "expr", "0")
            try:
                value = eval(expr)  # want: PY-CODE-INJECTION
            except Exception as exc:
                self._json({"error": str(exc)}, 400)
                return
            self._json({"expr": expr, "value": value})

        elif route == "/calc2":
            expr = self._param(qs, "expr", "0")
            try:
                self._json({"expr": expr, "value": safe_calc(expr)})
            except (ValueError, SyntaxError, ZeroDivisionError):
                self._json({"error": "bad expression"}, 400)

        elif route == "/echo":
            # JSON answer: the query goes back inside a JSON string.
            self._json({"msg": self._param(qs, "msg")})

        elif route == "/greet":
            name = self._param(qs, "name", "visitor")
            self._html("<h1>Hello, %s!</h1>" % name)

        elif route == "/greet2":
            name = self._param(qs, "name", "visitor")
            self._html("<h1>Hello, %s!</h1>" % html.escape(name))

        else:
            self._html("<p>not found</p>", 404)

    def do_POST(self):
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)

        if url.path == "/import":
            root = etree.fromstring(body)  # want: PY-XXE
            devices = [d.get("name") for d in root.iter("device")]
            self._json({"imported": devices})

        elif url.path == "/import-safe":
            parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)
            root = etree.fromstring(body, parser)
            devices = [d.get("name") for d in root.iter("device")]
            self._json({"imported": devices})

        elif url.path == "/lookup":
            # XPath over a constant inventory with the name as a bound variable.
            name = parse_qs(body.decode()).get("name", [""])[0]
            inventory = etree.parse(os.path.join(REPORTS_DIR, "inventory.xml"))
            hits = inventory.xpath("//device[@name=$n]/@ip", n=name)
            self._json({"ips": [str(h) for h in hits]})

        elif url.path == "/lookup-raw":
            name = parse_qs(body.decode()).get("name", [""])[0]
            inventory = etree.parse(os.path.join(REPORTS_DIR, "inventory.xml"))
            hits = inventory.xpath("//device[@name='" + name + "']/@ip")  # want: PY-XPATH-INJECTION
            self._json({"ips": [str(h) for h in hits]})

        else:
            self._json({"error": "not found"}, 404)

    def log_message(self, fmt, *args):
        pass


def main():
    HTTPServer((HOST, PORT), DiagHandler).serve_forever()


if __name__ == "__main__":
    main()
