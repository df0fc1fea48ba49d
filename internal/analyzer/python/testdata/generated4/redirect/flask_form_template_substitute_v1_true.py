# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=form shape=template_substitute sink=v1 expected=true
import string

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00132", methods=["POST"])
def benchmark_test_00132():
    param = request.form.get("BenchmarkTest", "")
    bar = string.Template("$term").substitute(term=param)
    return redirect("/" + bar)  # want: PY-OPEN-REDIRECT
