# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=header shape=raw_block sink=specific expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00393", methods=["GET", "POST"])
def benchmark_test_00393():
    param = request.headers.get("Referer", "")
    bar = param
    return render_template_string("{% raw %}" + bar + "{% endraw %}")  # want: PY-SSTI
