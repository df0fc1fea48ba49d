# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=flask source=header shape=pycryptodome_md5 sink=config expected=true
from Crypto.Hash import MD5
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00557", methods=["GET", "POST"])
def benchmark_test_00557():
    param = request.headers.get("Referer", "")
    bar = param
    h = MD5.new(bar.encode("utf-8"))  # want: PY-WEAK-HASH
    result = h.hexdigest()
    return jsonify(result=str(result))
