# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getdata propagation=allowlist_ternary sink=v0 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00302", methods=["POST"])
def benchmark_test_00302():
    param = request.get_data(as_text=True)
    bar = param if param in ("alpha", "beta") else "alpha"
    return redirect(bar)
