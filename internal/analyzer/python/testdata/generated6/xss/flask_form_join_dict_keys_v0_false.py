# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=form shape=join_dict_keys sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)


@app.route("/00215", methods=["POST"])
def benchmark_test_00215():
    param = request.form.get("BenchmarkTest", "")
    bar = ",".join({"x": param}.keys())
    return "<p>Formatted like: " + bar + "</p>"
