# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=values shape=dispatch_mask sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)
HANDLERS = {"keep": lambda v: v.strip(), "mask": lambda v: "masked"}


@app.route("/case-00157", methods=["GET", "POST"])
def case_00157():
    param = request.values.get("q", "")
    bar = HANDLERS["mask"](param)
    result = eval(bar)
    return jsonify(result=str(result))
