# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=flask source=pathparam shape=defaultdict_key sink=v0 expected=true
import collections

from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00089/<test_id>", methods=["GET", "POST"])
def benchmark_test_00089(test_id):
    param = test_id
    store = collections.defaultdict(str)
    store["term"] = param
    bar = store["term"]
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
