# generated case (gen9): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=dict_get_const_group expected=false
import ldap3
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")
GROUPS = {"staff": "cn=staff,ou=groups,dc=example,dc=org", "ops": "cn=ops,ou=groups,dc=example,dc=org"}


@app.route("/ldap_dict_get_const_group", methods=["GET", "POST"])
def case_dict_get_const_group():
    param = request.form.get("q", "")
    flt = "(memberOf=" + GROUPS.get(param, GROUPS["staff"]) + ")"
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, flt)
    return jsonify(result=str(len(conn.entries)))
