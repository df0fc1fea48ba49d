# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=flask source=header shape=stretch_md5 sink=specific expected=true
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00370", methods=["GET", "POST"])
def case_00370():
    param = request.headers.get("X-Query", "")
    bar = param
    h = bar.encode("utf-8")
    for _ in range(1000):
        h = hashlib.md5(h).digest()  # want: PY-WEAK-HASH
    result = h.hex()
    return jsonify(result=str(result))
