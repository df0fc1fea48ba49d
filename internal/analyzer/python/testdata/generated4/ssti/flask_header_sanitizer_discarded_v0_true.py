# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=flask source=header shape=sanitizer_discarded sink=v0 expected=true
import re

from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00055", methods=["GET", "POST"])
def benchmark_test_00055():
    param = request.headers.get("Referer", "")
    re.sub(r"[^A-Za-z0-9]", "", param)
    bar = param
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
