# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=getlist shape=safe_substitute_used sink=v1 expected=true
import os
import string

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00188", methods=["GET", "POST"])
def benchmark_test_00188():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = string.Template("$term").safe_substitute(term=param)
    session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
