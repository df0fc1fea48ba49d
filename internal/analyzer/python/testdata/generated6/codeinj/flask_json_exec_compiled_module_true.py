# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=json shape=exec_compiled_module sink=specific expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00355", methods=["POST"])
def benchmark_test_00355():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    exec(compile(bar, "<plugin>", "exec"), {"__name__": "plugin"})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=str(result))
