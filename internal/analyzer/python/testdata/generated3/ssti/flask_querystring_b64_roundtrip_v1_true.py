# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=querystring propagation=b64_roundtrip sink=v1 expected=true
import base64
import urllib.parse

from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


@app.route("/00261", methods=["GET", "POST"])
def benchmark_test_00261():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return jsonify(result=str(result))
