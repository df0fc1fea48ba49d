# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=header propagation=join_builder (helper class) sink=v0 expected=true
from flask import Flask, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.route("/00225", methods=["GET", "POST"])
def benchmark_test_00225():
    param = request.headers.get("Referer", "")
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + bar + "</p>"  # want: PY-XSS
