# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=todict propagation=list_del_taint (helper class) sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


@app.route("/00137", methods=["GET", "POST"])
def benchmark_test_00137():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
