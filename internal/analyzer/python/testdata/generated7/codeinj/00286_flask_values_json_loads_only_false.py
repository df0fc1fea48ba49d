# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=values shape=json_loads_only sink=specific expected=false
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00286", methods=["GET", "POST"])
def case_00286():
    param = request.values.get("q", "")
    bar = param
    data = json.loads(bar)
    result = len(data) if isinstance(data, list) else 0
    return jsonify(result=str(result))
