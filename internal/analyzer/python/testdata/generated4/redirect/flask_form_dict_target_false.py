# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=form shape=dict_target sink=specific expected=false
from flask import Flask, redirect, request

app = Flask(__name__)
TARGETS = {"home": "/home", "docs": "/docs"}


@app.route("/00446", methods=["POST"])
def benchmark_test_00446():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    return redirect(TARGETS.get(bar, "/home"))
