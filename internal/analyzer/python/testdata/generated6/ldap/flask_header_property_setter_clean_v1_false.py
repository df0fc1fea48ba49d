# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=flask source=header shape=property_setter_clean sink=v1 expected=false
import ldap3
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


class Filtered:
    def __init__(self):
        self._value = ""

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = re.sub(r"[^A-Za-z0-9]", "", new)


class Trimmed:
    def __init__(self):
        self._value = ""

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = new.strip()


@app.route("/00046", methods=["GET", "POST"])
def benchmark_test_00046():
    param = request.headers.get("Referer", "")
    f = Filtered()
    f.value = param
    bar = f.value
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
