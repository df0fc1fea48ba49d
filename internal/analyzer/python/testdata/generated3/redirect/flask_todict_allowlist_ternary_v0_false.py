# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=todict propagation=allowlist_ternary sink=v0 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00302", methods=["GET", "POST"])
def benchmark_test_00302():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    return redirect(bar)
