# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=flask source=cookie shape=context_kwargs_dict sink=specific expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00435", methods=["GET", "POST"])
def benchmark_test_00435():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return render_template_string("<p>Hello {{ name }}</p>", **{"name": bar})
