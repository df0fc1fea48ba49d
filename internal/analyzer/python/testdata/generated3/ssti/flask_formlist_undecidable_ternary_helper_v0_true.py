# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=formlist propagation=undecidable_ternary (helper class) sink=v0 expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.route("/00297", methods=["POST"])
def benchmark_test_00297():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = Test().do_something(request, param)
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
