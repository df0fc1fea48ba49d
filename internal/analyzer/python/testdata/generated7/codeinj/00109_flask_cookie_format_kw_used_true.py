# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=cookie shape=format_kw_used sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00109", methods=["GET", "POST"])
def case_00109():
    param = request.cookies.get("q", "none")
    bar = "{b}".format(a="safe", b=param)
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
