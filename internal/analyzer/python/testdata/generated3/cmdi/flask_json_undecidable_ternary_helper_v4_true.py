# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=json propagation=undecidable_ternary (helper class) sink=v4 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.route("/00104", methods=["POST"])
def benchmark_test_00104():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)  # want: PY-CMDI
    return jsonify(result=str(result))
