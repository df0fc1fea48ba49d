# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=formlist propagation=direct sink=safe1 expected=false
from flask import Flask, jsonify, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)


@app.route("/00294", methods=["POST"])
def benchmark_test_00294():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    result = SandboxedEnvironment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return jsonify(result=str(result))
