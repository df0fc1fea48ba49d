# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=flask source=args shape=execl_echo sink=specific expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00232", methods=["GET", "POST"])
def case_00232():
    param = request.args.get("q", "")
    bar = param
    os.execl("/bin/echo", "echo", bar)
    result = True
    return jsonify(result=str(result))
