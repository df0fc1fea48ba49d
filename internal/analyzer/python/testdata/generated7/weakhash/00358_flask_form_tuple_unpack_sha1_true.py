# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=flask source=form shape=tuple_unpack_sha1 sink=specific expected=true
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00358", methods=["POST"])
def case_00358():
    param = request.form.get("q", "")
    bar = param
    name, size = ("sha1", 20)
    result = hashlib.new(name, bar.encode("utf-8")).hexdigest()[:size]  # want: PY-WEAK-HASH
    return jsonify(result=str(result))
