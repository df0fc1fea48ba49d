# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=headernames shape=pycryptodome_rsa_2048 expected=false
from Crypto.PublicKey import RSA
from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00059", methods=["GET", "POST"])
def benchmark_test_00059():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    key = RSA.generate(2048)
    result = len(bar) + key.size_in_bits()
    return jsonify(result=str(result))
