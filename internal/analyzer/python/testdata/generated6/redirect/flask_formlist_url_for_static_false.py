# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=formlist shape=url_for_static sink=specific expected=false
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/00407", methods=["POST"])
def benchmark_test_00407():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    return redirect(url_for("static", filename=bar))
