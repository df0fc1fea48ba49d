# Open redirect FALSE: the request selects a key; the URL comes from a fixed mapping with a default
from flask import Flask, redirect, request

app = Flask(__name__)
DESTINATIONS = {"docs": "https://docs.example.com/", "status": "https://status.example.com/"}


@app.route("/jump")
def jump():
    dest = DESTINATIONS.get(request.args.get("to", ""), "/")
    return redirect(dest)
