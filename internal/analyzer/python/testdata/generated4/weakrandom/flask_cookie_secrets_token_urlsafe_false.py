# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=cookie shape=secrets_token_urlsafe sink=config expected=false
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00587", methods=["GET", "POST"])
def benchmark_test_00587():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    csrf_token = secrets.token_urlsafe(32)
    result = len(csrf_token + bar)
    return jsonify(result=str(result))
