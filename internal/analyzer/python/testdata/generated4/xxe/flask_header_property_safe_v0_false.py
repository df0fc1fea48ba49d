# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=header shape=property_safe sink=v0 expected=false
import re

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def safe(self):
        return re.sub(r"[^A-Za-z0-9]", "", self._raw)


@app.route("/00035", methods=["GET", "POST"])
def benchmark_test_00035():
    param = request.headers.get("Referer", "")
    bar = Wrapper(param).safe
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return jsonify(result=str(result))
