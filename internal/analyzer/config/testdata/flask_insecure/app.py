from flask import Flask, make_response, request

from config import ProductionConfig

app = Flask(__name__)  # want: CFG-PY-SESSION-COOKIE-INSECURE CFG-PY-CSP-MISSING CFG-PY-LOGGING-MISSING
app.config.from_object(ProductionConfig)
app.config["SECRET_KEY"] = "changeme"  # want: CFG-PY-SECRET-KEY-HARDCODED CFG-PY-SECRET-KEY-WEAK
app.config.update(SESSION_COOKIE_SAMESITE="None", SESSION_COOKIE_HTTPONLY=False)  # want: CFG-PY-COOKIE-SAMESITE-NONE CFG-PY-COOKIE-HTTPONLY-OFF
app.debug = True  # want: CFG-PY-DEBUG


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    resp.headers["Access-Control-Allow-Origin"] = origin  # want: CFG-PY-CORS-ALLOW-ALL
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/public")
def public():
    resp = make_response("ok")
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)  # want: CFG-PY-DEBUG
