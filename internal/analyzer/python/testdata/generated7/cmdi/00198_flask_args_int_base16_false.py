# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=flask source=args shape=int_base16 sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00198", methods=["GET", "POST"])
def case_00198():
    param = request.args.get("q", "")
    bar = str(int(param, 16))
    result = os.system("echo " + bar)
    return jsonify(result=str(result))
