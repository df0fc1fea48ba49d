# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=pathparam propagation=switch_char_taint (helper class) sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


@app.route("/00586/<test_id>", methods=["GET", "POST"])
def benchmark_test_00586(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
