# XPath injection FALSE: predicate dict holds the tainted value but the constant entry is used
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/data/books.xml")


@app.route("/books/featured")
def featured():
    predicates = {"user": request.args.get("filter", ""), "featured": "@featured='yes'"}
    chosen = predicates["featured"]
    return jsonify(titles=[str(t) for t in CATALOG.xpath("//book[" + chosen + "]/title/text()")])
