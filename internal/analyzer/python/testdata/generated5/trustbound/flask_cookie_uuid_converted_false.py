# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=cookie shape=uuid_converted expected=false
import os
import uuid

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00442", methods=["GET", "POST"])
def benchmark_test_00442():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    session["order_ref"] = str(uuid.UUID(bar))
    result = True
    return jsonify(result=str(result))
