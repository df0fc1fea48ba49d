# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=todict shape=bleach_clean sink=specific expected=false
import bleach

from flask import Flask, request

app = Flask(__name__)


@app.route("/00375", methods=["GET", "POST"])
def benchmark_test_00375():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    return "<div>" + bleach.clean(bar) + "</div>"
