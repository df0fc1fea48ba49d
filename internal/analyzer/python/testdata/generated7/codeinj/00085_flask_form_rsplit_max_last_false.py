# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=form shape=rsplit_max_last sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00085", methods=["POST"])
def case_00085():
    param = request.form.get("q", "")
    parts = (param + "/default").rsplit("/", 1)
    bar = parts[1]
    result = eval(bar)
    return jsonify(result=str(result))
