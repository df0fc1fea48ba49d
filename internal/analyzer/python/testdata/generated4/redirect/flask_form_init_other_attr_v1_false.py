# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=form shape=init_other_attr sink=v1 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self._value = value
        self._label = "static-label"

    def value(self):
        return self._value

    def label(self):
        return self._label


@app.route("/00006", methods=["POST"])
def benchmark_test_00006():
    param = request.form.get("BenchmarkTest", "")
    bar = Holder(param).label()
    return redirect("/" + bar)
