# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=cookie propagation=dict_get_safe (helper class) sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00554", methods=["GET", "POST"])
def benchmark_test_00554():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
