# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=django source=pathparam shape=escape_discarded sink=specific expected=true
import ldap

from django.http import JsonResponse
from django.urls import path
from ldap.filter import escape_filter_chars

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00508(request, test_id):
    param = test_id
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    escape_filter_chars(bar)
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00508/<str:test_id>/", benchmark_test_00508),
]
