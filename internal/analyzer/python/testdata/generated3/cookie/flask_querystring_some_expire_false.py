# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=querystring variant=some_expire expected=false
import urllib.parse

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00640", methods=["GET", "POST"])
def benchmark_test_00640():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("SomeCookie", "", max_age=0, path="/", secure=False)
    return resp
