# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=header shape=eval_lambda_body sink=specific expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00280", methods=["GET", "POST"])
def case_00280():
    param = request.headers.get("X-Query", "")
    bar = param
    fn = eval("lambda x: " + bar)  # want: PY-CODE-INJECTION
    result = fn(2)
    return jsonify(result=str(result))
