# Flask sources: request.form, .json, .get_json(), .data and .get_data() into code / deserialization / SQL sinks
import pickle
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/form", methods=["POST"])
def from_form():
    return jsonify(value=eval(request.form["expr"]))  # want: PY-CODE-INJECTION


@app.route("/json", methods=["POST"])
def from_json_attr():
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT * FROM t WHERE id = '%s'" % request.json["id"]).fetchall())  # want: PY-SQLI


@app.route("/get-json", methods=["POST"])
def from_get_json():
    body = request.get_json(force=True)
    exec(body["script"], {})  # want: PY-CODE-INJECTION
    return jsonify(ok=True)


@app.route("/data", methods=["POST"])
def from_data():
    return jsonify(obj=str(pickle.loads(request.data)))  # want: PY-DESERIALIZATION


@app.route("/get-data", methods=["POST"])
def from_get_data():
    text = request.get_data(as_text=True)
    return jsonify(value=eval(text))  # want: PY-CODE-INJECTION
