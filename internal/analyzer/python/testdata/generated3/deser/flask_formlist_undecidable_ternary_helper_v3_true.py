# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=formlist propagation=undecidable_ternary (helper class) sink=v3 expected=true
import base64
import io
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.route("/00554", methods=["POST"])
def benchmark_test_00554():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = Test().do_something(request, param)
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
