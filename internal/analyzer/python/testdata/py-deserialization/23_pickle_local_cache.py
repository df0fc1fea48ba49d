# Deserialization FALSE: pickle.load of a fixed application cache file, not request data
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)

with open("/var/cache/app/recommendations.pkl", "rb") as fh:
    RECOMMENDER = pickle.load(fh)


@app.route("/recommendations")
def recommendations():
    user = request.args.get("user", "")
    return jsonify(items=RECOMMENDER.get(user, []))
