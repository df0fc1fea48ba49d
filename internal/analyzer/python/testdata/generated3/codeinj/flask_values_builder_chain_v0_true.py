# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=values propagation=builder_chain sink=v0 expected=true
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


@app.route("/00146", methods=["GET", "POST"])
def benchmark_test_00146():
    param = request.values.get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
