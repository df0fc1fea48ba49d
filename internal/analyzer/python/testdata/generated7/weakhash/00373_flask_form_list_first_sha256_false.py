# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=flask source=form shape=list_first_sha256 sink=specific expected=false
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)
ALGOS = ["sha256", "md5"]


@app.route("/case-00373", methods=["POST"])
def case_00373():
    param = request.form.get("q", "")
    bar = param
    algo = ALGOS[0]
    result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()
    return jsonify(result=str(result))
