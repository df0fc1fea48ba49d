# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=paramnames propagation=thing_factory sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00569", methods=["GET", "POST"])
def benchmark_test_00569():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    thing = make_thing()
    bar = thing.do_something(param)
    session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
