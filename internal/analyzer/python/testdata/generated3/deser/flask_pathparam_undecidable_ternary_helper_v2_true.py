# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=pathparam propagation=undecidable_ternary (helper class) sink=v2 expected=true
import jsonpickle

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.route("/00497/<test_id>", methods=["GET", "POST"])
def benchmark_test_00497(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
