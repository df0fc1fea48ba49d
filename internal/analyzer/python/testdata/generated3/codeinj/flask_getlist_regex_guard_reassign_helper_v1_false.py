# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getlist propagation=regex_guard_reassign (helper class) sink=v1 expected=false
import re

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.route("/00149", methods=["GET", "POST"])
def benchmark_test_00149():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    exec("value = " + bar, {})
    result = True
    return jsonify(result=str(result))
