# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=args propagation=thing_factory sink=v1 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00111", methods=["GET", "POST"])
def benchmark_test_00111():
    param = request.args.get("BenchmarkTest", "")
    thing = make_thing()
    bar = thing.do_something(param)
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=str(result))
