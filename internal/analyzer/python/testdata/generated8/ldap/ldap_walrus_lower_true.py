# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=walrus_lower expected=true
import ldap3
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.route("/ldap_walrus_lower", methods=["GET", "POST"])
def case_walrus_lower():
    param = (request.get_json(silent=True) or {}).get("q", "")
    conn = ldap3.Connection(SERVER, auto_bind=True)
    if (who := param.lower()):
        conn.search(BASE_DN, f"(sAMAccountName={who})")  # want: PY-LDAP-INJECTION
    return jsonify(result=str(len(conn.entries)))
