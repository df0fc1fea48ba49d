# Code injection: widget settings class exec()s a layout snippet taken from a cookie
from flask import Flask, jsonify, request

app = Flask(__name__)


class WidgetSettings:
    def __init__(self, raw):
        self.raw = raw
        self.values = {}

    def load(self):
        exec(self.raw, {}, self.values)  # want: PY-CODE-INJECTION
        return self.values


@app.route("/dashboard/settings")
def settings():
    ws = WidgetSettings(request.cookies.get("layout", "cols = 3"))
    return jsonify(ws.load())
