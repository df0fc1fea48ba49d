# generated case (gen9): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=unconditional_return_before_sink expected=false
import ldap3
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.route("/ldap_unconditional_return_before_sink", methods=["GET", "POST"])
def case_unconditional_return_before_sink():
    param = request.args.get("q", "")
    return jsonify(result="directory search disabled")
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, "(uid=" + param + ")")
    return jsonify(result=str(len(conn.entries)))
