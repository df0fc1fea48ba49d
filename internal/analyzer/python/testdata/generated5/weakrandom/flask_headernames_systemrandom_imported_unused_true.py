# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=headernames shape=systemrandom_imported_unused expected=true
import random
import string

from flask import Flask, jsonify, request

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00122", methods=["GET", "POST"])
def benchmark_test_00122():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    sysrand = random.SystemRandom()
    temp_password = "".join(random.choice(ALPHABET) for _ in range(12))  # want: PY-WEAK-RANDOM
    result = len(temp_password + bar) + int(sysrand.random() > 2)
    return jsonify(result=str(result))
