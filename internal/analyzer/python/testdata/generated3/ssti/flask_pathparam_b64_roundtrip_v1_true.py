# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=pathparam propagation=b64_roundtrip sink=v1 expected=true
import base64

from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


@app.route("/00294/<test_id>", methods=["GET", "POST"])
def benchmark_test_00294(test_id):
    param = test_id
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return jsonify(result=str(result))
