# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=isalnum_guard expected=false
import ldap3
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.route("/ldap_isalnum_guard", methods=["GET", "POST"])
def case_isalnum_guard():
    param = request.cookies.get("q", "")
    if not (param.isascii() and param.isalnum()):
        return jsonify(result=str("bad uid"))
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, "(uid=" + param + ")")
    return jsonify(result=str(len(conn.entries)))
