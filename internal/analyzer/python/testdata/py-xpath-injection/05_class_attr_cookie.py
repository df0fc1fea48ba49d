# XPath injection: preferences class stores a cookie value used in an xpath predicate
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
THEMES = etree.parse("/srv/data/themes.xml")


class ThemeLookup:
    def __init__(self, name):
        self.name = name

    def colors(self):
        return THEMES.xpath("//theme[@id='" + self.name + "']/color/@value")  # want: PY-XPATH-INJECTION


@app.route("/theme")
def theme():
    return jsonify(colors=[str(c) for c in ThemeLookup(request.cookies.get("theme", "light")).colors()])
