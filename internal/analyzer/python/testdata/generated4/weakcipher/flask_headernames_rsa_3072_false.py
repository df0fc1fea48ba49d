# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=headernames shape=rsa_3072 sink=config expected=false
from cryptography.hazmat.primitives.asymmetric import rsa
from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00572", methods=["GET", "POST"])
def benchmark_test_00572():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    result = len(bar) + key.key_size
    return jsonify(result=str(result))
