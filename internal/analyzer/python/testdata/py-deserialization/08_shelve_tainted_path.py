# Deserialization: shelve.open on a path derived from the request (shelve unpickles its values)
import shelve

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cache/peek")
def cache_peek():
    store = request.args.get("store", "default")
    with shelve.open("/var/cache/app/" + store) as db:  # want: PY-DESERIALIZATION PY-PATH-TRAVERSAL
        return jsonify(keys=list(db.keys()))
