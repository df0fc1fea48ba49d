# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=cookie shape=braces_removed sink=specific expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00394", methods=["GET", "POST"])
def benchmark_test_00394():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return render_template_string("<p>" + bar.replace("{", "") + "</p>")  # want: PY-XSS
