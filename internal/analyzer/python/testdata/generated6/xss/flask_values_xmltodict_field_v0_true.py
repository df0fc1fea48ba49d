# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=values shape=xmltodict_field sink=v0 expected=true
import xmltodict

from flask import Flask, request

app = Flask(__name__)


@app.route("/00231", methods=["GET", "POST"])
def benchmark_test_00231():
    param = request.values.get("BenchmarkTest", "")
    bar = str(xmltodict.parse(param)["q"]["term"])
    return "<p>Formatted like: " + bar + "</p>"  # want: PY-XSS
