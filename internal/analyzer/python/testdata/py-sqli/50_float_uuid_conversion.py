# SQLi FALSE: values converted with float() and uuid.UUID() before string formatting
import sqlite3
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/shipments")
def shipments():
    max_weight = float(request.args.get("max_weight", "10"))
    batch = uuid.UUID(request.args["batch"])
    conn = sqlite3.connect("logistics.db")
    cur = conn.cursor()
    cur.execute(f"SELECT id FROM shipments WHERE weight <= {max_weight} AND batch_id = '{batch}'")
    return jsonify(cur.fetchall())
