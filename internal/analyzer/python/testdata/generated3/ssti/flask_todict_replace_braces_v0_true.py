# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=todict propagation=replace_braces sink=v0 expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00237", methods=["GET", "POST"])
def benchmark_test_00237():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param.replace("{{", "").replace("}}", "")
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
