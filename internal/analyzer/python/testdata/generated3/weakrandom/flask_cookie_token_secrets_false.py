# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=cookie variant=token_secrets expected=false
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00581", methods=["GET", "POST"])
def benchmark_test_00581():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    reset_token = secrets.token_hex(16)
    result = reset_token + bar[:0]
    return jsonify(result=str(result))
