# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=flask source=header shape=quote_used sink=specific expected=false
import os
import shlex

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00235", methods=["GET", "POST"])
def case_00235():
    param = request.headers.get("X-Query", "")
    bar = param
    quoted = shlex.quote(bar)
    result = os.system("grep -r " + quoted + " /srv/logs")
    return jsonify(result=str(result))
