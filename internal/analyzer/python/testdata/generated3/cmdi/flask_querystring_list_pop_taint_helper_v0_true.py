# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=querystring propagation=list_pop_taint (helper class) sink=v0 expected=true
import os
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


@app.route("/00090", methods=["GET", "POST"])
def benchmark_test_00090():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    result = os.system("echo " + bar)  # want: PY-CMDI
    return jsonify(result=str(result))
