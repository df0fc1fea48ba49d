# Tornado: handler methods read get_argument() and the URL's groups; write() answers text/html unless told otherwise
import sqlite3
import subprocess
import traceback

import tornado.web


class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_argument("q", "")
        self.write("<p>Results for " + q + "</p>")  # want: PY-XSS

    def post(self):
        host = self.get_body_argument("host")
        out = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True).stdout  # want: PY-CMDI
        self.write({"output": out.decode()})  # safe: PY-XSS (a dict is sent as JSON)


class ItemHandler(tornado.web.RequestHandler):
    def get(self, slug):
        db = sqlite3.connect("shop.db")
        rows = db.execute("SELECT * FROM items WHERE slug = '%s'" % slug).fetchall()  # want: PY-SQLI
        self.set_header("Content-Type", "text/plain")
        self.write("found %s for %s" % (len(rows), slug))  # safe: PY-XSS (text/plain)

    def delete(self, slug):
        try:
            sqlite3.connect("shop.db").execute("DELETE FROM items WHERE slug = ?", (slug,))
        except Exception:
            self.write(traceback.format_exc())  # want: PY-VERBOSE-ERROR


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        self.redirect(self.get_argument("next", "/"))  # want: PY-OPEN-REDIRECT

    def get(self):
        nxt = self.get_argument("next", "/")
        if nxt not in ("/", "/account"):
            nxt = "/"
        self.redirect(nxt)  # safe: PY-OPEN-REDIRECT (allow-list)


class Helper:
    def write(self, text):
        return text

    def get(self, text):
        self.write("<p>" + text + "</p>")  # safe: PY-XSS (not a request handler)


application = tornado.web.Application([(r"/search", SearchHandler), (r"/items/([a-z-]+)", ItemHandler), (r"/login", LoginHandler)])


class JSONBase(tornado.web.RequestHandler):
    def set_default_headers(self):
        self.set_header("Content-Type", "application/json")


class ApiHandler(JSONBase):
    def get(self):
        self.write('{"q": "%s"}' % self.get_argument("q"))  # safe: PY-XSS (JSON by default in this class)


class LateHeaderHandler(tornado.web.RequestHandler):
    def get(self):
        self.write(self.get_argument("q"))  # safe: PY-XSS (text/plain, set before the flush)
        self.set_header("Content-Type", "text/plain")
