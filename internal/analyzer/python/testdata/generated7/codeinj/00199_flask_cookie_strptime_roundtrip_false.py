# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=cookie shape=strptime_roundtrip sink=v0 expected=false
from datetime import datetime
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00199", methods=["GET", "POST"])
def case_00199():
    param = request.cookies.get("q", "none")
    bar = datetime.strptime(param, "%Y-%m-%d").strftime("%Y-%m-%d")
    namespace = {}
    exec("value = " + bar, namespace)
    result = namespace.get("value")
    return jsonify(result=str(result))
