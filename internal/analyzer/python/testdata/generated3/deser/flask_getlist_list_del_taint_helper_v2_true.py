# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=getlist propagation=list_del_taint (helper class) sink=v2 expected=true
import jsonpickle

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


@app.route("/00536", methods=["GET", "POST"])
def benchmark_test_00536():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
