# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=form propagation=allowlist_ternary sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00146", methods=["POST"])
def benchmark_test_00146():
    param = request.form.get("BenchmarkTest", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    exec("value = " + bar, {})
    result = True
    return jsonify(result=str(result))
