# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=values shape=property_two_attrs_full sink=v0 expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)


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


@app.route("/00053", methods=["GET", "POST"])
def benchmark_test_00053():
    param = request.values.get("BenchmarkTest", "")
    bar = Label("item-", param).full
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
