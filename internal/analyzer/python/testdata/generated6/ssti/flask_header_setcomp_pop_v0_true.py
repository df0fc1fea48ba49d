# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=header shape=setcomp_pop sink=v0 expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00145", methods=["GET", "POST"])
def benchmark_test_00145():
    param = request.headers.get("Referer", "")
    bar = {v.strip() for v in [param]}.pop()
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
