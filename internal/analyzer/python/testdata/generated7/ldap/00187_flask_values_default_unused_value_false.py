# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=flask source=values shape=default_unused_value sink=v0 expected=false
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=people,dc=example,dc=org"


def render_label(value, template="{}"):
    return template.format(value)


def display_name(value, name="guest"):
    return name


@app.route("/case-00187", methods=["GET", "POST"])
def case_00187():
    param = request.values.get("q", "")
    bar = display_name(param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
