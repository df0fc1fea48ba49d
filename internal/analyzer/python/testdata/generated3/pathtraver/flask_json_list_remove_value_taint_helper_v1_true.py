# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=json propagation=list_remove_value_taint (helper class) sink=v1 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


@app.route("/00177", methods=["POST"])
def benchmark_test_00177():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    with open(BASE_DIR + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
