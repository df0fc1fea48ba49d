# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=todict propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import re

from flask import Flask, render_template_string, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.route("/00270", methods=["GET", "POST"])
def benchmark_test_00270():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return render_template_string("<p>Hello " + bar + "</p>")
