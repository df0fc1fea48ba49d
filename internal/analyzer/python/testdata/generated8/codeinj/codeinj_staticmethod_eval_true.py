# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=staticmethod_eval expected=true
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

class Calculator:
    @staticmethod
    def evaluate(expression):
        return eval(expression)  # want: PY-CODE-INJECTION


@app.route("/codeinj_staticmethod_eval", methods=["GET", "POST"])
def case_staticmethod_eval():
    param = request.args.get("q", "")
    result = Calculator.evaluate(param)
    return jsonify(result=str(result))
