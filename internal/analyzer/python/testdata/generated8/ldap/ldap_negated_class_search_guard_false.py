# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=negated_class_search_guard expected=false
import ldap3
import re
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.route("/ldap_negated_class_search_guard", methods=["GET", "POST"])
def case_negated_class_search_guard():
    param = (request.get_json(silent=True) or {}).get("q", "")
    if re.search(r"[^A-Za-z0-9]", param):
        return jsonify(result=str("bad uid"))
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, "(uid=" + param + ")")
    return jsonify(result=str(len(conn.entries)))
