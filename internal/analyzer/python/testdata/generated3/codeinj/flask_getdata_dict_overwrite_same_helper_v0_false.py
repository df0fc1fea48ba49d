# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getdata propagation=dict_overwrite_same (helper class) sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00143", methods=["POST"])
def benchmark_test_00143():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    result = eval(bar)
    return jsonify(result=str(result))
