# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=cookie propagation=join_builder (helper class) sink=v0 expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.route("/00258", methods=["GET", "POST"])
def benchmark_test_00258():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
