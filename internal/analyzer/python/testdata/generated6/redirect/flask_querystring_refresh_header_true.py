# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=querystring shape=refresh_header sink=specific expected=true
import urllib.parse

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/00406", methods=["GET", "POST"])
def benchmark_test_00406():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = make_response("Redirecting...")
    resp.headers["Refresh"] = "0; url=" + bar  # want: PY-OPEN-REDIRECT
    return resp
