# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=form shape=typed_namedtuple sink=v1 expected=true
import os

from flask import Flask, jsonify, request, session
from typing import NamedTuple

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Row(NamedTuple):
    key: str
    val: str


@app.route("/00026", methods=["POST"])
def benchmark_test_00026():
    param = request.form.get("BenchmarkTest", "")
    row = Row(key="k", val=param)
    bar = row.val
    session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
