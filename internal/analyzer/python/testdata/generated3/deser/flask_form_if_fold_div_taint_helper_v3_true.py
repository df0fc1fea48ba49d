# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=form propagation=if_fold_div_taint (helper class) sink=v3 expected=true
import base64
import io
import pickle

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


@app.route("/00530", methods=["POST"])
def benchmark_test_00530():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
