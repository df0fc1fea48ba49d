# XXE: helper parses an XML string with xml.dom.pulldom; the view passes the request body
from xml.dom import pulldom

from flask import Flask, jsonify, request

app = Flask(__name__)


def order_ids(xml_text):
    ids = []
    events = pulldom.parseString(xml_text)  # want: PY-XXE
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "order":
            ids.append(node.getAttribute("id"))
    return ids


@app.route("/orders/bulk", methods=["POST"])
def bulk_orders():
    return jsonify(ids=order_ids(request.get_data(as_text=True)))
