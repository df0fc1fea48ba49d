# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=pathparam propagation=if_fold_div_taint (helper class) sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


@app.route("/00131/<test_id>", methods=["GET", "POST"])
def benchmark_test_00131(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
