# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=form propagation=regex_guard_reassign (helper class) sink=v2 expected=false
import re
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.route("/00110", methods=["POST"])
def benchmark_test_00110():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return jsonify(result=str(result))
