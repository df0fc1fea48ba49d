# Weak random FALSE: random used to shuffle featured products for display
import random

from flask import Flask, jsonify

app = Flask(__name__)
FEATURED = ["mug", "lamp", "poster", "t-shirt", "tote bag"]


@app.route("/featured")
def featured():
    items = FEATURED[:]
    random.shuffle(items)
    return jsonify(items=items[:3])
