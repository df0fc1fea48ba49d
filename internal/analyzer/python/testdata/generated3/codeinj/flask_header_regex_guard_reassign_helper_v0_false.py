# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=header propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import re

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.route("/00161", methods=["GET", "POST"])
def benchmark_test_00161():
    param = request.headers.get("Referer", "")
    bar = Test().do_something(request, param)
    result = eval(bar)
    return jsonify(result=str(result))
