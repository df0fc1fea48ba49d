# Weak random: CSRF token derived from random.random()
import random

from flask import Flask, render_template

app = Flask(__name__)


@app.route("/transfer")
def transfer_form():
    csrf_token = str(random.random())[2:]  # want: PY-WEAK-RANDOM
    return render_template("transfer.html", csrf_token=csrf_token)
