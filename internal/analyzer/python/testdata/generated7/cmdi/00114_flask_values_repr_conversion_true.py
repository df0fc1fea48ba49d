# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=flask source=values shape=repr_conversion sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00114", methods=["GET", "POST"])
def case_00114():
    param = request.values.get("q", "")
    bar = f"{param!r}"
    result = os.system("echo " + bar)  # want: PY-CMDI
    return jsonify(result=str(result))
