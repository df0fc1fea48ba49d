# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=todict propagation=builder_chain sink=v1 expected=true
import yaml

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


@app.route("/00557", methods=["GET", "POST"])
def benchmark_test_00557():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
