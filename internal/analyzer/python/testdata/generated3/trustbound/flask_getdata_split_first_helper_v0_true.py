# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=getdata propagation=split_first (helper class) sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.route("/00598", methods=["POST"])
def benchmark_test_00598():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
