# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=flask source=cookie shape=getoutput sink=specific expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00229", methods=["GET", "POST"])
def case_00229():
    param = request.cookies.get("q", "none")
    bar = param
    result = subprocess.getoutput("file " + bar)  # want: PY-CMDI
    return jsonify(result=str(result))
