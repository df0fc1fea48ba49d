# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=args propagation=builder_chain sink=v1 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.route("/00107", methods=["GET", "POST"])
def benchmark_test_00107():
    param = request.args.get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=str(result))
