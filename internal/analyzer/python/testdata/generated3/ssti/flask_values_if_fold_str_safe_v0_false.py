# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=values propagation=if_fold_str_safe sink=v0 expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00276", methods=["GET", "POST"])
def benchmark_test_00276():
    param = request.values.get("BenchmarkTest", "")
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    return render_template_string("<p>Hello " + bar + "</p>")
