# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=header shape=zfill_int sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00103", methods=["GET", "POST"])
def case_00103():
    param = request.headers.get("X-Query", "")
    bar = str(int(param)).zfill(8)
    namespace = {}
    exec("value = " + bar, namespace)
    result = namespace.get("value")
    return jsonify(result=str(result))
