# py-xxe: what was fed to an entity-resolving lxml parser is parsed at close()
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/feed", methods=["POST"])
def feed_unsafe():
    parser = etree.XMLParser(resolve_entities=True)
    parser.feed(request.data)
    root = parser.close()  # want: PY-XXE
    return root.findtext("name") or ""


@app.route("/feed-safe", methods=["POST"])
def feed_safe():
    parser = etree.XMLParser(resolve_entities=False)
    parser.feed(request.data)
    root = parser.close()  # safe: PY-XXE
    return root.findtext("name") or ""
