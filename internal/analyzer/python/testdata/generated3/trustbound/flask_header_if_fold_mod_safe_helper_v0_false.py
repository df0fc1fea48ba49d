# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=header propagation=if_fold_mod_safe (helper class) sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


@app.route("/00574", methods=["GET", "POST"])
def benchmark_test_00574():
    param = request.headers.get("Referer", "")
    bar = Test().do_something(request, param)
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
