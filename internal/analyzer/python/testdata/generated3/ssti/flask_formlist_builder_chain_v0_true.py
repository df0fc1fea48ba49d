# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=formlist propagation=builder_chain sink=v0 expected=true
from flask import Flask, render_template_string, request

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


@app.route("/00267", methods=["POST"])
def benchmark_test_00267():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = Builder().set_value(param).get_value()
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
