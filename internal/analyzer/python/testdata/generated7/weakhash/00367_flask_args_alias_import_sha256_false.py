# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=flask source=args shape=alias_import_sha256 sink=specific expected=false
from flask import Flask, jsonify, request
from hashlib import sha256 as fingerprint

app = Flask(__name__)


@app.route("/case-00367", methods=["GET", "POST"])
def case_00367():
    param = request.args.get("q", "")
    bar = param
    result = fingerprint(bar.encode("utf-8")).hexdigest()
    return jsonify(result=str(result))
