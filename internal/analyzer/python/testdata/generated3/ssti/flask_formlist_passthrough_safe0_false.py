# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=formlist propagation=passthrough (helper class) sink=safe0 expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00307", methods=["POST"])
def benchmark_test_00307():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = Test().do_something(request, param)
    return render_template_string("<p>Hello {{ name }}</p>", name=bar)
