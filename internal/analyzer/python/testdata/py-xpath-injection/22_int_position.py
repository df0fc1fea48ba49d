# XPath injection FALSE: position index converted with int()
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
NEWS = etree.parse("/srv/data/news.xml")


@app.route("/news/item")
def news_item():
    n = int(request.args.get("n", "1"))
    titles = NEWS.xpath(f"//article[{n}]/title/text()")
    return jsonify(title=str(titles[0]) if titles else None)
