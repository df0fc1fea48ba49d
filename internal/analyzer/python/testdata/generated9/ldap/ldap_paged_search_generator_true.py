# generated case (gen9): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=paged_search_generator expected=true
import ldap3
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.route("/ldap_paged_search_generator", methods=["GET", "POST"])
def case_paged_search_generator():
    param = request.values.get("q", "")
    conn = ldap3.Connection(SERVER, auto_bind=True)
    entries = list(conn.extend.standard.paged_search(BASE_DN, f"(mail={param})", paged_size=50))  # want: PY-LDAP-INJECTION
    return jsonify(result=str(len(entries)))
