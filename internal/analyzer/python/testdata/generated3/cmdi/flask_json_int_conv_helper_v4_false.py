# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=json propagation=int_conv (helper class) sink=v4 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.route("/00108", methods=["POST"])
def benchmark_test_00108():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return jsonify(result=str(result))
