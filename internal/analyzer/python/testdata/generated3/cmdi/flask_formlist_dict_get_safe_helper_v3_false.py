# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=formlist propagation=dict_get_safe (helper class) sink=v3 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00096", methods=["POST"])
def benchmark_test_00096():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = Test().do_something(request, param)
    result = os.popen("nslookup " + bar).read()
    return jsonify(result=str(result))
