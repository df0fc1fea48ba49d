# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=todict propagation=filter_isalnum sink=v0 expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00288", methods=["GET", "POST"])
def benchmark_test_00288():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = "".join(filter(str.isalnum, param))
    return render_template_string("<p>Hello " + bar + "</p>")
