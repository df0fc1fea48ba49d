# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=todict propagation=int_conv (helper class) sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.route("/00566", methods=["GET", "POST"])
def benchmark_test_00566():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
