# XPath injection: compiled etree.XPath built by concatenating a search title
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/data/books.xml")


@app.route("/books")
def books():
    title = request.args.get("title", "")
    find = etree.XPath("//book[title='" + title + "']/@isbn")  # want: PY-XPATH-INJECTION
    return jsonify(isbns=[str(i) for i in find(CATALOG)])
