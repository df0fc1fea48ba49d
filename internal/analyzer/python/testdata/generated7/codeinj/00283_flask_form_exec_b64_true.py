# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=form shape=exec_b64 sink=specific expected=true
import base64

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00283", methods=["POST"])
def case_00283():
    param = request.form.get("q", "")
    bar = param
    exec(base64.b64decode(bar), {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=str(result))
