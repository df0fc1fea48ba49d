# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=form propagation=builder_chain_other (helper class) sink=v2 expected=false
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


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


@app.route("/00114", methods=["POST"])
def benchmark_test_00114():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return jsonify(result=str(result))
