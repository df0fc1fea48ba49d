# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=flask source=json shape=mixin_result_dropped sink=v1 expected=true
import re
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


class CleanMixin:
    def clean(self, value):
        return re.sub(r"[^A-Za-z0-9]", "", value)


class CleanHandler(CleanMixin):
    def handle(self, value):
        return self.clean(value)


class LeakyHandler(CleanMixin):
    def handle(self, value):
        self.clean(value)
        return value


@app.route("/00024", methods=["POST"])
def benchmark_test_00024():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = LeakyHandler().handle(param)
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
