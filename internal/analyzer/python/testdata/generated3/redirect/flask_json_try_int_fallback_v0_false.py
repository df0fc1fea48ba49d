# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=json propagation=try_int_fallback sink=v0 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00336", methods=["POST"])
def benchmark_test_00336():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    return redirect(bar)
