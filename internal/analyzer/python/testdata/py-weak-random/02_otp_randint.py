# Weak random: 6-digit login OTP from random.randint stored in the session
import os
import random

from flask import Flask, jsonify, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/login/otp", methods=["POST"])
def send_otp():
    session["otp"] = random.randint(100000, 999999)  # want: PY-WEAK-RANDOM
    return jsonify(sent=True)
