# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=values shape=try_else_int sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00127", methods=["GET", "POST"])
def case_00127():
    param = request.values.get("q", "")
    try:
        n = int(param)
    except ValueError:
        bar = "invalid"
    else:
        bar = str(n)
    namespace = {}
    exec("value = " + bar, namespace)
    result = namespace.get("value")
    return jsonify(result=str(result))
