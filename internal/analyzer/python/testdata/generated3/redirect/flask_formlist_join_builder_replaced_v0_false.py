# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=formlist propagation=join_builder_replaced sink=v0 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00324", methods=["POST"])
def benchmark_test_00324():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    return redirect(bar)
