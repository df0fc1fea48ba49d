# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getlist propagation=builder_chain sink=v1 expected=true
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


@app.route("/00158", methods=["GET", "POST"])
def benchmark_test_00158():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Builder().set_value(param).get_value()
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=str(result))
