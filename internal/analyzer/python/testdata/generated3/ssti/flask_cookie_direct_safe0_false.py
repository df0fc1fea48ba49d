# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=cookie propagation=direct sink=safe0 expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00292", methods=["GET", "POST"])
def benchmark_test_00292():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return render_template_string("<p>Hello {{ name }}</p>", name=bar)
