# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getdata propagation=builder_chain_other (helper class) sink=v1 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


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


@app.route("/00333", methods=["POST"])
def benchmark_test_00333():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    return redirect("/" + bar)
