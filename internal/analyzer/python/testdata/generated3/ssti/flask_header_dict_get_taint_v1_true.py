# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=header propagation=dict_get_taint sink=v1 expected=true
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


@app.route("/00282", methods=["GET", "POST"])
def benchmark_test_00282():
    param = request.headers.get("Referer", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return jsonify(result=str(result))
