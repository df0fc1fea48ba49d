# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=todict shape=double_brace_split sink=specific expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00496", methods=["GET", "POST"])
def benchmark_test_00496():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    return render_template_string("<p>" + bar.replace("{{", "{ {") + "</p>")  # want: PY-SSTI
