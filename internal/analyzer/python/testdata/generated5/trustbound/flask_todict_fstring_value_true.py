# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=todict shape=fstring_value expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00420", methods=["GET", "POST"])
def benchmark_test_00420():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    session["greeting"] = f"Hello, {bar}"  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
