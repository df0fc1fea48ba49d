# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=header propagation=dict_overwrite_other sink=v1 expected=true
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


@app.route("/00270", methods=["GET", "POST"])
def benchmark_test_00270():
    param = request.headers.get("Referer", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return jsonify(result=str(result))
