# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=values shape=iterparse_resolve_true expected=true
import io

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00281", methods=["GET", "POST"])
def benchmark_test_00281():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    events = etree.iterparse(io.BytesIO(bar.encode("utf-8")), resolve_entities=True, load_dtd=True)  # want: PY-XXE
    result = sum(1 for _ in events)
    return jsonify(result=str(result))
