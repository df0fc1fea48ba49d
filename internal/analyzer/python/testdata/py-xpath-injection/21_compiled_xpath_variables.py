# XPath injection FALSE: constant etree.XPath called with a keyword variable
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/data/books.xml")
FIND_ISBN = etree.XPath("//book[title=$title]/@isbn")


@app.route("/books")
def books():
    title = request.args.get("title", "")
    return jsonify(isbns=[str(i) for i in FIND_ISBN(CATALOG, title=title)])
