# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=getlist shape=super_init_const sink=v3 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


class Field:
    def __init__(self, value):
        self.value = value


class StrippedField(Field):
    def __init__(self, value):
        super().__init__(value.strip())


class DefaultField(Field):
    def __init__(self, value):
        super().__init__("default")
        self.original = value


@app.route("/00010", methods=["GET", "POST"])
def benchmark_test_00010():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = DefaultField(param).value
    result = os.popen("nslookup " + bar).read()
    return jsonify(result=str(result))
