# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=form propagation=if_fold_div_taint (helper class) sink=v0 expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


@app.route("/00273", methods=["POST"])
def benchmark_test_00273():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
