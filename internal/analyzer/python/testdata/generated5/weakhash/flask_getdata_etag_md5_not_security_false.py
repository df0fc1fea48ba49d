# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=getdata shape=etag_md5_not_security expected=false
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00090", methods=["POST"])
def benchmark_test_00090():
    param = request.get_data(as_text=True)
    bar = param
    body = ("<p>" + bar + "</p>").encode("utf-8")
    etag = hashlib.md5(body, usedforsecurity=False).hexdigest()
    result = etag
    return jsonify(result=str(result))
