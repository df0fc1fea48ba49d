# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=json shape=compile_exec sink=specific expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00367", methods=["POST"])
def benchmark_test_00367():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    code = compile(bar, "<report>", "exec")  # want: PY-CODE-INJECTION
    namespace = {}
    exec(code, namespace)  # want: PY-CODE-INJECTION
    result = len(namespace)
    return jsonify(result=str(result))
