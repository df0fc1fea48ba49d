# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=todict propagation=builder_chain sink=v0 expected=true
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


@app.route("/00300", methods=["GET", "POST"])
def benchmark_test_00300():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
