# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=json propagation=filter_isalnum sink=v0 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00350", methods=["POST"])
def benchmark_test_00350():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = "".join(filter(str.isalnum, param))
    return redirect(bar)
