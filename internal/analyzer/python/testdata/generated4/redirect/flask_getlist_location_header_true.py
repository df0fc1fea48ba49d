# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getlist shape=location_header sink=specific expected=true
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/00448", methods=["GET", "POST"])
def benchmark_test_00448():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    resp = make_response("", 302)
    resp.headers["Location"] = bar  # want: PY-OPEN-REDIRECT
    return resp
