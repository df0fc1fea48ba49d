# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=formlist shape=property_two_attrs_short sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Label:
    def __init__(self, prefix, name):
        self.prefix = prefix
        self.name = name

    @property
    def full(self):
        return self.prefix + self.name

    @property
    def short(self):
        return self.prefix


@app.route("/00055", methods=["POST"])
def benchmark_test_00055():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = Label("item-", param).short
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
