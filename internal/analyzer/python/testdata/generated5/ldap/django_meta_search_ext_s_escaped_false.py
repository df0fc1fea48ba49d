# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=django source=meta shape=search_ext_s_escaped expected=false
import ldap

from django.http import JsonResponse
from django.urls import path
from ldap.filter import escape_filter_chars

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00355(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_ext_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(mail=%s)" % escape_filter_chars(bar), ["cn"])
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00355/", benchmark_test_00355),
]
