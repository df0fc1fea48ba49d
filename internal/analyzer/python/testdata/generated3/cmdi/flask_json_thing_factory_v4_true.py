# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=json propagation=thing_factory sink=v4 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00102", methods=["POST"])
def benchmark_test_00102():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    thing = make_thing()
    bar = thing.do_something(param)
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)  # want: PY-CMDI
    return jsonify(result=str(result))
