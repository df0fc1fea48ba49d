# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=json propagation=match_const_taint sink=v1 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00140", methods=["POST"])
def benchmark_test_00140():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=str(result))
