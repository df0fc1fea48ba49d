# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=cookie propagation=match_const_taint sink=v0 expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00276", methods=["GET", "POST"])
def benchmark_test_00276():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
