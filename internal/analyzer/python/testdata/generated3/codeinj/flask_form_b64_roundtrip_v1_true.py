# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=form propagation=b64_roundtrip sink=v1 expected=true
import base64

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00152", methods=["POST"])
def benchmark_test_00152():
    param = request.form.get("BenchmarkTest", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=str(result))
