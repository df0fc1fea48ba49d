# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=values shape=quiz_shuffle sink=specific expected=false
import random

from flask import Flask, jsonify, request

app = Flask(__name__)
QUESTIONS = ["q1", "q2", "q3", "q4"]


@app.route("/case-00346", methods=["GET", "POST"])
def case_00346():
    param = request.values.get("q", "")
    bar = param
    questions = list(QUESTIONS)
    random.shuffle(questions)
    result = questions[:2] + [bar[:10]]
    return jsonify(result=str(result))
