# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=json propagation=dict_get_safe (helper class) sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00169", methods=["POST"])
def benchmark_test_00169():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    with open(BASE_DIR + bar, "rb") as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
