# XXE: xml.sax parser with feature_external_ges enabled parses the request stream (flag at parse)
import xml.sax
from xml.sax.handler import feature_external_ges

from flask import Flask, jsonify, request

app = Flask(__name__)


class CountHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


@app.route("/xml/count", methods=["POST"])
def count_elements():
    handler = CountHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(request.stream)  # want: PY-XXE
    return jsonify(elements=handler.count)
