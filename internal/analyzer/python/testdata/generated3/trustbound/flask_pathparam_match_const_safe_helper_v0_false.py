# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=pathparam propagation=match_const_safe (helper class) sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.route("/00560/<test_id>", methods=["GET", "POST"])
def benchmark_test_00560(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
