# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=cookie shape=enumerate_dict_taint sink=v0 expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00161", methods=["GET", "POST"])
def benchmark_test_00161():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    by_pos = dict(enumerate(["safe", param]))
    bar = by_pos[1]
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
