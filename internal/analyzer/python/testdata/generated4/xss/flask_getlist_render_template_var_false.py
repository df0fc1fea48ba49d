# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=getlist shape=render_template_var sink=specific expected=false
from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/00417", methods=["GET", "POST"])
def benchmark_test_00417():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    return render_template("profile.html", name=bar)
