# Code injection FALSE: operator module dispatch table instead of eval; the request picks a key only
import operator

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul}


@app.route("/calc")
def calc():
    fn = OPS.get(request.args.get("op", "add"))
    if fn is None:
        abort(400)
    return jsonify(result=fn(int(request.args["a"]), int(request.args["b"])))
