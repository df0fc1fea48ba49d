# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=formlist shape=namedtuple_replace sink=v0 expected=false
from flask import Flask, jsonify, request
from typing import NamedTuple

app = Flask(__name__)


class Row(NamedTuple):
    key: str
    val: str


@app.route("/00028", methods=["POST"])
def benchmark_test_00028():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    row = Row("k", param)._replace(val="safe")
    bar = row.val
    result = eval(bar)
    return jsonify(result=str(result))
