# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=form propagation=passthrough (helper class) sink=safe0 expected=false
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00354", methods=["POST"])
def benchmark_test_00354():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return redirect(url_for("index", q=bar))
