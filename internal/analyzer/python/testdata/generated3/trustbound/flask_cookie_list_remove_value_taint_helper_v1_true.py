# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=cookie propagation=list_remove_value_taint (helper class) sink=v1 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


@app.route("/00580", methods=["GET", "POST"])
def benchmark_test_00580():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
