# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=getlist shape=shuffle_quiz sink=config expected=false
import random

from flask import Flask, jsonify, request

app = Flask(__name__)
QUESTIONS = ["q1", "q2", "q3", "q4", "q5"]


@app.route("/00584", methods=["GET", "POST"])
def benchmark_test_00584():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    questions = list(QUESTIONS)
    random.shuffle(questions)
    result = questions[:3] + [bar[:0]]
    return jsonify(result=str(result))
