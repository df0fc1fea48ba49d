# Code injection FALSE: ast.literal_eval only accepts Python literals
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/coords")
def coords():
    raw = request.args.get("point", "(0, 0)")
    x, y = ast.literal_eval(raw)
    return jsonify(x=x, y=y)
