# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=getdata propagation=builder_chain_other (helper class) sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


@app.route("/00572", methods=["POST"])
def benchmark_test_00572():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
