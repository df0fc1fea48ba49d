# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=header propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import re

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.route("/00442", methods=["GET", "POST"])
def benchmark_test_00442():
    param = request.headers.get("Referer", "")
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return jsonify(result=str(result))
