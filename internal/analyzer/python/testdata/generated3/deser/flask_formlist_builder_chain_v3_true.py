# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=formlist propagation=builder_chain sink=v3 expected=true
import base64
import io
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.route("/00500", methods=["POST"])
def benchmark_test_00500():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = Builder().set_value(param).get_value()
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
