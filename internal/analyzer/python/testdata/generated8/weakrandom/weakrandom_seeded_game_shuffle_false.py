# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=flask shape=seeded_game_shuffle expected=false
import random
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakrandom_seeded_game_shuffle", methods=["GET", "POST"])
def case_seeded_game_shuffle():
    param = request.headers.get("X-Q", "")
    deck = list(range(52))
    random.Random(len(param)).shuffle(deck)
    return jsonify(result=str(deck[:5]))
